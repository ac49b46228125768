// Starts an embedded search engine (Elasticsearch 8.19 or OpenSearch 2.19) in its own JVM, waits until it answers with
// a yellow or green cluster, and stops it by process id. The JVM also exits by itself when this process goes away.
import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { DEFAULT_ENGINE, ENGINES, type EngineKind, type EngineSpec } from './engine_kind';
import { LineTail } from './line_tail';
import { ensureEngineBuilt } from './maven_build';
import type { Logger } from './maven_build';

export interface EngineOptions {
  /** Which engine; default Elasticsearch. */
  kind?: EngineKind;
  /** Node home (data, logs); default: a fresh temp dir deleted on stop. A given dir is kept. */
  dataDir?: string;
  /** JVM heap, e.g. '1g' (sets -Xms and -Xmx); default -Xms512m -Xmx1g. */
  heap?: string;
  /** Extra node settings, e.g. { 'http.port': '19250-19260' }. */
  settings?: Record<string, string>;
  /** How long to wait for the port line and a usable cluster; default 180 s (slow on a loaded machine). */
  startTimeoutMs?: number;
  /** Progress and build messages; default: stderr. */
  log?: Logger;
}

export interface EngineHandle {
  kind: EngineKind;
  /** The engine's version, as `GET /` reports it. */
  version: string;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The JVM's process id. */
  pid: number;
  /** The node's home directory. */
  dataDir: string;
  /** Sends SIGTERM, waits for the JVM to exit (SIGKILL after 20 s) and deletes a temp home. Idempotent. */
  stop(): Promise<void>;
}

/** Flags from the engines' own launchers that matter outside their distributions. */
export const ENGINE_JVM_FLAGS = [
  '-Djava.locale.providers=SPI,COMPAT',
  '-Dfile.encoding=UTF-8',
  '-Dio.netty.noUnsafe=true',
  '-Dio.netty.noKeySetOptimization=true',
  '-Dio.netty.recycler.maxCapacityPerThread=0',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.shutdownHookEnabled=false',
  '-XX:+UseG1GC',
] as const;

const STOP_GRACE_MS = 20_000;

type JvmProcess = ChildProcessByStdio<Writable, Readable, Readable>;

export async function startEngine(options: EngineOptions = {}): Promise<EngineHandle> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  const spec = ENGINES[options.kind ?? DEFAULT_ENGINE];
  const classpath = await ensureEngineBuilt(spec, log);

  const ownDir = options.dataDir === undefined;
  const dataDir =
    options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), `ssm-recon-${spec.kind}-`));
  fs.mkdirSync(path.join(dataDir, 'logs'), { recursive: true });

  const heapFlags = options.heap
    ? [`-Xms${options.heap}`, `-Xmx${options.heap}`]
    : ['-Xms512m', '-Xmx1g'];
  const settings = Object.entries(options.settings ?? {}).map(([key, value]) => `${key}=${value}`);
  const args = [
    ...heapFlags,
    ...ENGINE_JVM_FLAGS,
    '-cp',
    classpath,
    spec.mainClass,
    dataDir,
    ...(ownDir ? ['--delete-home-on-exit'] : []),
    ...settings,
  ];

  const started = Date.now();
  // stdin stays an open pipe for the JVM's whole life: its end-of-file is the JVM's signal to exit.
  const jvm: JvmProcess = spawn(javaBinary(), args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const tail = new LineTail(40);
  const logFile = fs.createWriteStream(path.join(dataDir, 'logs', 'node-console.log'));
  // OpenSearch logs to stderr, Elasticsearch's log set-up to stdout: keep both for the log file and error messages.
  const keep = (chunk: Buffer): void => {
    tail.push(chunk.toString('utf8'));
    logFile.write(chunk);
  };
  jvm.stderr.on('data', keep);
  jvm.stdout.on('data', keep);
  const exited = new Promise<number | null>((resolve) => jvm.once('exit', (code) => resolve(code)));
  jvm.once('exit', () => logFile.end());

  const stop = makeStop(jvm, exited, ownDir ? dataDir : undefined);
  try {
    const port = await waitForPort(spec, jvm, exited, started + timeoutMs, tail);
    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(spec, url, exited, started + timeoutMs, tail);
    log(
      `[${spec.kind}] ${spec.label} ${spec.version} up at ${url} (pid ${jvm.pid}) in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    unrefAll(jvm);
    return { kind: spec.kind, version: spec.version, url, pid: requirePid(jvm), dataDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function javaBinary(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function waitForPort(
  spec: EngineSpec,
  jvm: JvmProcess,
  exited: Promise<number | null>,
  deadline: number,
  tail: LineTail,
): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const stdout = new LineTail(20);
    const timer = setTimeout(
      () => {
        reject(failure(spec, 'did not report its HTTP port in time (startTimeoutMs)', tail));
      },
      Math.max(0, deadline - Date.now()),
    );
    const onData = (chunk: Buffer): void => {
      for (const line of stdout.push(chunk.toString('utf8'))) {
        const trimmed = line.trim();
        const port = trimmed.startsWith(spec.portLinePrefix)
          ? Number(trimmed.slice(spec.portLinePrefix.length))
          : NaN;
        if (Number.isInteger(port) && port > 0) {
          clearTimeout(timer);
          jvm.stdout.off('data', onData);
          resolve(port);
        }
      }
    };
    jvm.stdout.on('data', onData);
    jvm.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not run '${javaBinary()}' (Java 17 is needed): ${error.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(failure(spec, `exited with code ${code} before it was ready`, tail));
    });
  });
}

async function waitForHealth(
  spec: EngineSpec,
  url: string,
  exited: Promise<number | null>,
  deadline: number,
  tail: LineTail,
): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  let last = 'no answer yet';
  while (Date.now() < deadline && !gone) {
    try {
      const response = await fetch(`${url}/_cluster/health?wait_for_status=yellow&timeout=2s`, {
        signal: AbortSignal.timeout(5_000),
      });
      const body = (await response.json()) as { status?: string };
      if (response.ok && (body.status === 'yellow' || body.status === 'green')) {
        return;
      }
      last = `HTTP ${response.status}, status ${body.status ?? 'unknown'}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw failure(
    spec,
    gone ? 'exited while waiting for cluster health' : `cluster never became yellow (${last})`,
    tail,
  );
}

function makeStop(
  jvm: JvmProcess,
  exited: Promise<number | null>,
  tempDir: string | undefined,
): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      if (jvm.exitCode === null && jvm.signalCode === null && jvm.pid !== undefined) {
        signal(jvm.pid, 'SIGTERM');
        const killTimer = setTimeout(() => signal(jvm.pid as number, 'SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(killTimer);
      }
      jvm.stdin.destroy();
      if (tempDir) {
        fs.rmSync(tempDir, { recursive: true, force: true });
      }
    })();
    return stopping;
  };
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/** Lets this process exit without stopping the engine first; the JVM then follows when its stdin closes. */
function unrefAll(jvm: JvmProcess): void {
  jvm.unref();
  for (const stream of [jvm.stdin, jvm.stdout, jvm.stderr]) {
    (stream as unknown as { unref?: () => void }).unref?.();
  }
}

function requirePid(jvm: JvmProcess): number {
  if (jvm.pid === undefined) {
    throw new Error('the JVM has no process id');
  }
  return jvm.pid;
}

function failure(spec: EngineSpec, what: string, tail: LineTail): Error {
  return new Error(`Embedded ${spec.label} ${what}. Last JVM output:\n${tail.text() || '(none)'}`);
}
