// One sandbox per cache directory: two would fight over the same engine data. A pid file whose process is gone
// (a crash, a kill -9) is simply taken over.
import fs from 'node:fs';
import path from 'node:path';

export interface SandboxLock {
  release(): void;
}

export function acquireSandboxLock(pidFile: string, pid: number = process.pid): SandboxLock {
  fs.mkdirSync(path.dirname(pidFile), { recursive: true });
  const holder = readPid(pidFile);
  if (holder !== undefined && holder !== pid && isRunning(holder)) {
    throw new Error(
      `another sandbox (pid ${holder}) is using ${path.dirname(pidFile)}; stop it first, ` +
        'or give this one its own --cache-dir',
    );
  }
  fs.writeFileSync(pidFile, `${pid}\n`);
  return {
    release() {
      if (readPid(pidFile) === pid) fs.rmSync(pidFile, { force: true });
    },
  };
}

function readPid(file: string): number | undefined {
  try {
    const value = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
