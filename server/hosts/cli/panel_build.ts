// The standalone host's panel on start: a checkout holds the browser sources but no built panel until it is built,
// so `serve` builds it (again when the sources are newer) into the default panel directory before listening. The
// build is a script of the package run in a child process (product code does not import build scripts); where the
// package ships without it or without its build tools, the host starts without the panel and `/` says why.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../lib/logger';

const ENSURE_SCRIPT = path.resolve(__dirname, '../../../scripts/ensure_panel.ts');

/** Builds the panel into `uiDir` when missing or stale; resolves whether the directory holds a panel afterwards. */
export async function buildPanelIfStale(uiDir: string, logger: Logger): Promise<boolean> {
  let tsxCli: string | undefined;
  try {
    tsxCli = require.resolve('tsx/cli');
  } catch {
    tsxCli = undefined;
  }
  if (!tsxCli || !existsSync(ENSURE_SCRIPT)) return existsSync(path.join(uiDir, 'index.html'));
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [tsxCli, ENSURE_SCRIPT, uiDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const forward = (level: 'info' | 'warn') => (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logger[level](line);
    };
    child.stdout.on('data', forward('info'));
    child.stderr.on('data', forward('warn'));
    child.on('error', (error) => {
      logger.warn(`cannot build the panel: ${error.message}`);
      resolve(null);
    });
    child.on('close', resolve);
  });
  if (code !== 0) logger.warn('building the panel failed (see above)');
  return existsSync(path.join(uiDir, 'index.html'));
}
