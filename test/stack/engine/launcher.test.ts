// Integration tests of the launcher against real JVMs: clear failures, clean stops, and no orphan when the
// parent process dies.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEngine } from './launcher';

const quiet = (): void => undefined;

describe('startEngine', () => {
  it('fails with the JVM output and cleans up when the node cannot start', async () => {
    // A private TMPDIR makes the temp home observable without racing other runs on this machine.
    const privateTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'launcher-tmp-'));
    const savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = privateTmp;
    try {
      await expect(
        startEngine({ settings: { 'no.such.setting': 'x' }, log: quiet }),
      ).rejects.toThrow(
        /Embedded Elasticsearch exited with code 1[\s\S]*unknown setting \[no\.such\.setting\]/,
      );
      expect(fs.readdirSync(privateTmp)).toEqual([]);
    } finally {
      restoreEnv('TMPDIR', savedTmp);
      fs.rmSync(privateTmp, { recursive: true, force: true });
    }
  }, 240_000);

  it('serves HTTP, then stops by pid and keeps a given data dir', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'launcher-test-'));
    try {
      const engine = await startEngine({ dataDir, heap: '512m', log: quiet });
      expect(engine.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${engine.url}/`);
      expect(response.status).toBe(200);
      expect(isAlive(engine.pid)).toBe(true);

      await engine.stop();
      expect(isAlive(engine.pid)).toBe(false);
      await engine.stop(); // idempotent
      expect(fs.existsSync(path.join(dataDir, 'data'))).toBe(true);
      expect(fs.readFileSync(path.join(dataDir, 'logs', 'node-console.log'), 'utf8')).toMatch(
        /stopped/,
      );
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);

  it('leaves no JVM behind when the process that started it is killed', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'engine_child_process.ts')],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (out.includes('\n')) {
          resolve(out);
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
      child.once('exit', (code) => reject(new Error(`child exited with ${code}: ${err}`)));
    });
    const match = /ENGINE_PID=(\d+) ENGINE_DIR=(\S+)/.exec(line);
    expect(match).not.toBeNull();
    const pid = Number(match?.[1]);
    const dir = match?.[2] as string;
    expect(isAlive(pid)).toBe(true);

    child.kill('SIGKILL');
    const deadline = Date.now() + 30_000;
    while (isAlive(pid) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (isAlive(pid)) {
      process.kill(pid, 'SIGKILL'); // do not leak it even when the test fails
    }
    expect(isAlive(pid)).toBe(false);
    expect(fs.existsSync(dir)).toBe(false); // the JVM deleted its own temp home on the way out
  }, 240_000);
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) {
    delete process.env[name];
  } else {
    process.env[name] = value;
  }
}
