// scripts/build-in-kibana.sh refuses clearly where it cannot run: no version, no Kibana checkout (exit 3 with how to
// get one and the checkout-free alternative), or a checkout of another version; it copies nothing then.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve(__dirname, '..', 'build-in-kibana.sh');

function run(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'bash',
      [SCRIPT, ...args],
      { env: { ...process.env, KIBANA_DIR: '' } },
      (error, _out, stderr) => resolve({ code: error ? Number(error.code) : 0, stderr }),
    );
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'build-in-kibana-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('scripts/build-in-kibana.sh', () => {
  it('wants an exact version', async () => {
    const result = await run(['9.2']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: scripts/build-in-kibana.sh <kibana-version>');
  });

  it('says the official build cannot run without a checkout, and what to do instead', async () => {
    const missing = path.join(dir, 'no-kibana');
    const result = await run(['9.2.1', missing]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(
      `No Kibana checkout at ${missing}, so the official build cannot run here.`,
    );
    expect(result.stderr).toContain('git clone --depth 1 --branch v9.2.1');
    expect(result.stderr).toContain('npm run build -- --kibana-version 9.2.1');
  });

  it('refuses a checkout of another version without copying the plugin into it', async () => {
    const kibana = path.join(dir, 'kibana-9.1.0');
    await mkdir(path.join(kibana, 'scripts'), { recursive: true });
    await writeFile(path.join(kibana, 'package.json'), JSON.stringify({ version: '9.1.0' }));
    await writeFile(path.join(kibana, 'scripts', 'plugin_helpers.js'), '');
    const result = await run(['9.2.1', kibana]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('is Kibana 9.1.0, not 9.2.1');
    expect((await readdir(kibana)).sort()).toEqual(['package.json', 'scripts']);
  });
});
