// Builds the embedded OpenSearch Java project with Maven when its output is missing or older than its sources, so
// later starts need only `java -cp`. Tries offline first when the local repository already has the artifacts.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LineTail } from './line_tail';

export const ENGINE_PROJECT_DIR = path.resolve(__dirname, '..', 'opensearch');
export const ENGINE_MAIN_CLASS = 'ssmrecon.stack.EmbeddedOpenSearch';

const TARGET_DIR = path.join(ENGINE_PROJECT_DIR, 'target');
const CLASSES_DIR = path.join(TARGET_DIR, 'classes');
const LIB_DIR = path.join(TARGET_DIR, 'lib');
const STAMP_FILE = path.join(TARGET_DIR, '.build-stamp');
const LOCK_DIR = path.join(TARGET_DIR, '.build-lock');
// A build that held the lock this long has died; a cold build takes a few minutes at most.
const STALE_LOCK_MS = 20 * 60_000;

export type Logger = (line: string) => void;

/** Makes sure the build output is current and returns the JVM classpath that runs the node. */
export async function ensureEngineBuilt(log: Logger): Promise<string> {
  fs.mkdirSync(TARGET_DIR, { recursive: true });
  while (!isBuildFresh()) {
    if (!tryLock()) {
      await sleep(1_000);
      continue;
    }
    try {
      if (!isBuildFresh()) {
        await build(log);
      }
    } finally {
      fs.rmSync(LOCK_DIR, { recursive: true, force: true });
    }
  }
  return [CLASSES_DIR, path.join(LIB_DIR, '*')].join(path.delimiter);
}

/** True when the stamp written after the last good build is newer than the pom and every source file. */
export function isBuildFresh(): boolean {
  const stamp = mtimeOf(STAMP_FILE);
  if (stamp === undefined || !fs.existsSync(LIB_DIR) || !fs.existsSync(CLASSES_DIR)) {
    return false;
  }
  const inputs = [
    path.join(ENGINE_PROJECT_DIR, 'pom.xml'),
    ...listFiles(path.join(ENGINE_PROJECT_DIR, 'src')),
  ];
  return inputs.every((file) => (mtimeOf(file) ?? Infinity) <= stamp);
}

async function build(log: Logger): Promise<void> {
  // A pom change can drop jars; stale ones left in lib/ would join the classpath.
  fs.rmSync(LIB_DIR, { recursive: true, force: true });
  fs.rmSync(CLASSES_DIR, { recursive: true, force: true });
  fs.rmSync(STAMP_FILE, { force: true });
  const started = Date.now();

  const localRepo = path.join(os.homedir(), '.m2', 'repository', 'org', 'opensearch', 'opensearch');
  let built = false;
  if (fs.existsSync(localRepo)) {
    log('[opensearch build] building offline from the local Maven repository');
    built = (await runMaven(['-o', '-q'], log, false)).ok;
    if (!built) {
      log('[opensearch build] offline build failed; retrying online');
    }
  }
  if (!built) {
    log(
      '[opensearch build] building online (the first build downloads about 90 MB from Maven Central)',
    );
    const online = await runMaven([], log, true);
    if (!online.ok) {
      throw new Error(`Maven build of ${ENGINE_PROJECT_DIR} failed. Last output:\n${online.tail}`);
    }
  }
  fs.writeFileSync(STAMP_FILE, `${new Date().toISOString()}\n`);
  log(`[opensearch build] done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function runMaven(
  extraArgs: string[],
  log: Logger,
  showProgress: boolean,
): Promise<{ ok: boolean; tail: string }> {
  const mvn = process.env.MVN ?? 'mvn';
  const args = ['-B', ...extraArgs, '-f', path.join(ENGINE_PROJECT_DIR, 'pom.xml'), 'package'];
  const tail = new LineTail(60);
  let downloads = 0;
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { cwd: ENGINE_PROJECT_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    const onOutput = (chunk: Buffer): void => {
      for (const line of tail.push(chunk.toString('utf8'))) {
        if (!showProgress) {
          continue;
        }
        if (line.startsWith('Downloaded from')) {
          downloads += 1;
          if (downloads % 25 === 0) {
            log(`[opensearch build] ${downloads} files downloaded`);
          }
        } else if (/^\[(ERROR|WARNING)\]|BUILD (SUCCESS|FAILURE)|Total time/.test(line)) {
          log(`[opensearch build] ${line}`);
        }
      }
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `Maven ('${mvn}') is needed to build the embedded OpenSearch node but was not found`,
            )
          : error,
      );
    });
    child.on('close', (code) => resolve({ ok: code === 0, tail: tail.text() }));
  });
}

function tryLock(): boolean {
  try {
    fs.mkdirSync(LOCK_DIR);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw error;
    }
    const since = mtimeOf(LOCK_DIR);
    if (since !== undefined && Date.now() - since > STALE_LOCK_MS) {
      fs.rmSync(LOCK_DIR, { recursive: true, force: true });
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
