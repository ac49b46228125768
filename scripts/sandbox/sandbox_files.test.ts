// Unit tests for the sandbox's files: the data marker (read, atomic write) and the one-sandbox-per-directory lock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readMarker, removeMarker, writeMarker, type DataMarker } from './data_marker';
import { generatorFingerprint } from './generator_fingerprint';
import { acquireSandboxLock } from './sandbox_lock';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-files-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const marker: DataMarker = {
  format: 1,
  generator: { seed: 's', days: 2, eventsPerDay: 10 },
  fingerprint: 'f',
  generatedAt: '2025-01-01T00:00:00.000Z',
  documents: 42,
  dataUntil: '2025-01-01T01:00:00.000Z',
};

describe('data marker', () => {
  it('round-trips, and is absent after removal', () => {
    const file = path.join(dir, 'data.json');
    expect(readMarker(file)).toBeNull();
    writeMarker(file, marker);
    expect(readMarker(file)).toEqual(marker);
    expect(fs.readdirSync(dir)).toEqual(['data.json']);
    removeMarker(file);
    expect(readMarker(file)).toBeNull();
  });

  it.each([['{'], ['{"format": 2}'], [JSON.stringify({ ...marker, documents: 'many' })]])(
    'reports %s as unreadable',
    (text) => {
      const file = path.join(dir, 'data.json');
      fs.writeFileSync(file, text);
      expect(readMarker(file)).toBe('unreadable');
    },
  );
});

describe('generatorFingerprint', () => {
  it('changes when a source file changes, and ignores tests', () => {
    fs.writeFileSync(path.join(dir, 'a.ts'), 'export const a = 1;');
    const first = generatorFingerprint([dir]);
    fs.writeFileSync(path.join(dir, 'a.test.ts'), 'test');
    expect(generatorFingerprint([dir])).toBe(first);
    fs.writeFileSync(path.join(dir, 'a.ts'), 'export const a = 2;');
    expect(generatorFingerprint([dir])).not.toBe(first);
  });
});

describe('acquireSandboxLock', () => {
  it('refuses a second sandbox while the first runs, and takes over a dead one', () => {
    const file = path.join(dir, 'sandbox.pid');
    const lock = acquireSandboxLock(file, process.pid);
    // Any other live process stands in for a second sandbox.
    expect(() => acquireSandboxLock(file, process.ppid)).toThrow(
      `another sandbox (pid ${process.pid})`,
    );
    lock.release();
    expect(fs.existsSync(file)).toBe(false);

    fs.writeFileSync(file, '2147483646\n'); // no such process
    const taken = acquireSandboxLock(file, process.pid);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
    taken.release();
  });
});
