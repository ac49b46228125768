// Test support: runs a TypeScript entry point the way `npm run` does (through tsx), collects its stdout lines and
// stderr, waits for a line, and stops it with a signal.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { LineTail } from '../engine/line_tail';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const TSX_CLI = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export interface SpawnedEntry {
  pid: number;
  /** stdout lines so far. */
  lines: string[];
  /** The last lines of stderr, for failure messages. */
  stderrTail(): string;
  /** Resolves with the first stdout line matching; rejects on exit or timeout, with stderr's tail. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<string>;
  /** Sends `signal` and resolves with the exit code (null when a signal ended it) within `timeoutMs`. */
  stop(signal: NodeJS.Signals, timeoutMs: number): Promise<number | null>;
  /** SIGKILL to the whole process group if still running (cleanup after a failed test). */
  kill(): void;
}

/** Starts `entry` with `args`; `env` replaces the inherited environment when given. */
export function spawnEntry(
  entry: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): SpawnedEntry {
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(
    process.execPath,
    [TSX_CLI, entry, ...args],
    // Its own process group, so a cleanup kill reaches tsx's child and the JVM too.
    { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const lines: string[] = [];
  const stdout = new LineTail(1000);
  const stderr = new LineTail(60);
  const waiters = new Set<() => void>();
  child.stdout.on('data', (chunk: Buffer) => {
    lines.push(...stdout.push(chunk.toString('utf8')));
    for (const wake of waiters) wake();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString('utf8'));
  });
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      for (const wake of waiters) wake();
      resolve(code);
    }),
  );
  if (child.pid === undefined) throw new Error(`could not start ${entry}`);
  const pid = child.pid;

  return {
    pid,
    lines,
    stderrTail: () => stderr.text(),
    waitForLine(pattern, timeoutMs) {
      return new Promise<string>((resolve, reject) => {
        const done = (): void => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        const check = (): void => {
          const found = lines.find((line) => pattern.test(line));
          if (found !== undefined) {
            done();
            resolve(found);
          } else if (exitCode !== undefined) {
            done();
            reject(new Error(`${entry} exited (${exitCode}) before ${pattern}:\n${stderr.text()}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no ${pattern} from ${entry} in ${timeoutMs} ms:\n${stderr.text()}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async stop(signal, timeoutMs) {
      if (exitCode === undefined) child.kill(signal);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`${entry} still running ${timeoutMs} ms after ${signal}`)),
          timeoutMs,
        );
      });
      try {
        return await Promise.race([exited, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    kill() {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // The group is gone already.
      }
    },
  };
}

/** The KEY=VALUE lines printed before READY. */
export function readyVariables(lines: readonly string[]): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const line of lines) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line);
    if (match) variables[match[1]] = match[2];
  }
  return variables;
}

/** Whether a process id is still alive (signal 0 probes without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
