// Builds an embedded engine's Java project with Maven when its output is missing or older than its sources, so later
// starts need only `java -cp`. Tries offline first when the local repository already has the artifacts.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EngineSpec } from './engine_kind';
import { LineTail } from './line_tail';

// A build that held the lock this long has died; a cold build takes a few minutes at most.
const STALE_LOCK_MS = 20 * 60_000;

export type Logger = (line: string) => void;

/** Where one engine's build puts its output. */
interface BuildLayout {
  spec: EngineSpec;
  classesDir: string;
  libDir: string;
  stampFile: string;
  lockDir: string;
  /** Prefix of progress lines, e.g. `[elasticsearch build]`. */
  tag: string;
}

function layoutOf(spec: EngineSpec): BuildLayout {
  const target = path.join(spec.projectDir, 'target');
  return {
    spec,
    classesDir: path.join(target, 'classes'),
    libDir: path.join(target, 'lib'),
    stampFile: path.join(target, '.build-stamp'),
    lockDir: path.join(target, '.build-lock'),
    tag: `[${spec.kind} build]`,
  };
}

/** Makes sure the engine's build output is current and returns the JVM classpath that runs the node. */
export async function ensureEngineBuilt(spec: EngineSpec, log: Logger): Promise<string> {
  const layout = layoutOf(spec);
  fs.mkdirSync(path.dirname(layout.stampFile), { recursive: true });
  while (!isBuildFresh(spec)) {
    if (!tryLock(layout.lockDir)) {
      await sleep(1_000);
      continue;
    }
    try {
      if (!isBuildFresh(spec)) {
        await build(layout, log);
      }
    } finally {
      fs.rmSync(layout.lockDir, { recursive: true, force: true });
    }
  }
  return [layout.classesDir, path.join(layout.libDir, '*')].join(path.delimiter);
}

/** True when the stamp written after the last good build is newer than the pom and every source file. */
export function isBuildFresh(spec: EngineSpec): boolean {
  const { stampFile, libDir, classesDir } = layoutOf(spec);
  const stamp = mtimeOf(stampFile);
  if (stamp === undefined || !fs.existsSync(libDir) || !fs.existsSync(classesDir)) {
    return false;
  }
  const inputs = [
    path.join(spec.projectDir, 'pom.xml'),
    ...listFiles(path.join(spec.projectDir, 'src')),
  ];
  return inputs.every((file) => (mtimeOf(file) ?? Infinity) <= stamp);
}

async function build(layout: BuildLayout, log: Logger): Promise<void> {
  const { spec, tag } = layout;
  // A pom change can drop jars; stale ones left in lib/ would join the classpath.
  fs.rmSync(layout.libDir, { recursive: true, force: true });
  fs.rmSync(layout.classesDir, { recursive: true, force: true });
  fs.rmSync(layout.stampFile, { force: true });
  const started = Date.now();

  const localRepo = path.join(os.homedir(), '.m2', 'repository', ...spec.localRepoProbe);
  let built = false;
  if (fs.existsSync(localRepo)) {
    log(`${tag} building offline from the local Maven repository`);
    built = (await runMaven(layout, ['-o', '-q'], log, false)).ok;
    if (!built) {
      log(`${tag} offline build failed; retrying online`);
    }
  }
  if (!built) {
    log(
      `${tag} building online (the first build downloads about ${spec.downloadMb} MB from Maven Central)`,
    );
    const online = await runMaven(layout, [], log, true);
    if (!online.ok) {
      throw new Error(`Maven build of ${spec.projectDir} failed. Last output:\n${online.tail}`);
    }
  }
  fs.writeFileSync(layout.stampFile, `${new Date().toISOString()}\n`);
  log(`${tag} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function runMaven(
  layout: BuildLayout,
  extraArgs: string[],
  log: Logger,
  showProgress: boolean,
): Promise<{ ok: boolean; tail: string }> {
  const { spec, tag } = layout;
  const mvn = process.env.MVN ?? 'mvn';
  const args = ['-B', ...extraArgs, '-f', path.join(spec.projectDir, 'pom.xml'), 'package'];
  const tail = new LineTail(60);
  let downloads = 0;
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { cwd: spec.projectDir, stdio: ['ignore', 'pipe', 'pipe'] });
    const onOutput = (chunk: Buffer): void => {
      for (const line of tail.push(chunk.toString('utf8'))) {
        if (!showProgress) {
          continue;
        }
        if (line.startsWith('Downloaded from')) {
          downloads += 1;
          if (downloads % 25 === 0) {
            log(`${tag} ${downloads} files downloaded`);
          }
        } else if (/^\[(ERROR|WARNING)\]|BUILD (SUCCESS|FAILURE)|Total time/.test(line)) {
          log(`${tag} ${line}`);
        }
      }
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `Maven ('${mvn}') is needed to build the embedded ${spec.label} node but was not found`,
            )
          : error,
      );
    });
    child.on('close', (code) => resolve({ ok: code === 0, tail: tail.text() }));
  });
}

function tryLock(lockDir: string): boolean {
  try {
    fs.mkdirSync(lockDir);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw error;
    }
    const since = mtimeOf(lockDir);
    if (since !== undefined && Date.now() - since > STALE_LOCK_MS) {
      fs.rmSync(lockDir, { recursive: true, force: true });
    }
    return false;
  }
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function mtimeOf(file: string): number | undefined {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
