// `npm run bench:sandbox`: how long `npm start` takes to be ready with the default data (14 days), first on an empty
// cache (panel build, engine, data generation and load) and then again reusing that cache; each start is stopped with
// SIGINT as Ctrl-C would. Arguments after `--` go to both starts (e.g. `--events-per-day 500`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnEntry } from '../test/stack/cli/spawned_entry';
import { runBench } from './bench_session';

const READY_LINE = /^Sandbox ready at /;
const READY_TIMEOUT_MS = 15 * 60_000;

/** Milliseconds from spawning `npm start`'s entry with `args` to its ready line; then stops it with SIGINT. */
export async function timedStart(args: readonly string[]): Promise<number> {
  const began = Date.now();
  const sandbox = spawnEntry('scripts/sandbox.ts', args);
  try {
    await sandbox.waitForLine(READY_LINE, READY_TIMEOUT_MS);
    const ms = Date.now() - began;
    if ((await sandbox.stop('SIGINT', 60_000)) !== 0)
      throw new Error('the sandbox did not stop cleanly');
    return ms;
  } finally {
    sandbox.kill();
  }
}

async function main(): Promise<void> {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'sandbox-bench-'));
  try {
    const args = ['--port', '0', '--cache-dir', cacheDir, ...process.argv.slice(2)];
    const first = await timedStart(args);
    const second = await timedStart(args);
    const seconds = (ms: number) => Math.round(ms / 100) / 10;
    process.stdout.write(
      `${JSON.stringify({ bench: 'sandbox start', firstStartS: seconds(first), secondStartS: seconds(second), goal: 'first < 120 s' }, null, 2)}\n`,
    );
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

if (require.main === module) runBench(main);
