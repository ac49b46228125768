// `ssm-recon-rule serve` as a child process for end-to-end tests: started on a free port, stopped for sure.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

export interface ServeProcess {
  url: string;
  /** The spawned process: the host itself when started by startServeProcess. */
  pid: number;
  /** SIGINT (orderly stop), then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** Spawns the CLI's `serve` with `args` and resolves once it prints its address. */
export function startServeProcess(
  args: readonly string[],
  readyTimeoutMs = 120_000,
): Promise<ServeProcess> {
  return spawnServe(
    process.execPath,
    [path.join(ROOT, 'bin/ssm-recon-rule.js'), 'serve', ...args],
    ROOT,
    readyTimeoutMs,
  );
}

/** Spawns any command line that starts `serve` (e.g. `npx ssm-recon-rule serve …` in a checkout). */
export function spawnServe(
  command: string,
  args: readonly string[],
  cwd: string,
  readyTimeoutMs = 120_000,
): Promise<ServeProcess & { readonly stderr: string }> {
  const child = spawn(command, args, {
    cwd,
    // Its own process group, stopped as a whole: a launcher such as npx runs serve as a grandchild.
    detached: true,
    // Credentials come from each browser's basic authentication, never from the environment.
    env: { ...process.env, ELASTIC_API_KEY: '', ELASTIC_USERNAME: '', ELASTIC_PASSWORD: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = (graceMs = 10_000) => stopChild(child, exited, graceMs);

  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      void stop().then(() =>
        reject(new Error(`serve printed no address in ${readyTimeoutMs} ms: ${stderr}`)),
      );
    }, readyTimeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Listening on (http:\/\/\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          pid: child.pid ?? 0,
          stop,
          get stderr() {
            return stderr;
          },
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${stderr}`));
    });
  });
}

/** Signals the child's whole process group; false when nothing of it is left. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

async function stopChild(
  child: ChildProcess,
  exited: Promise<void>,
  graceMs: number,
): Promise<void> {
  if (!signalGroup(child, 'SIGINT')) return;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), graceMs);
  });
  if ((await Promise.race([exited, late])) === 'late') signalGroup(child, 'SIGKILL');
  await exited;
  clearTimeout(timer);
  // Whatever of the group outlived the launcher goes too.
  signalGroup(child, 'SIGKILL');
}
