// Benchmark of the bulk load: 2 million generated CloudTrail documents into a fresh embedded engine
// (1 GB heap, temporary data directory), reporting docs/s and total seconds, then the exact count.
// Run: npx tsx bench/bulk_load.bench.ts
// Knobs (environment): BENCH_DAYS=10 BENCH_PER_DAY=200000 BENCH_CONCURRENCY=2 BENCH_FLUSH_MB=5
// BENCH_TUNE=0 (keep refresh and translog defaults during the load); ENGINE_URL reuses a running engine.
import { readFileSync } from 'node:fs';
import { Client } from '@elastic/elasticsearch';
import { bulkLoad } from '../test/stack/data/bulk_load';
import { generateCloudTrail } from '../test/stack/data/generate';
import { GENERATOR_PRESETS } from '../test/stack/data/generator_options';
import { OpenSearchCompatTransport } from '../test/stack/engine/compat_transport';
import { startEngine, type EngineHandle } from '../test/stack/engine/launcher';
import { engineFromEnv } from '../test/stack/engine/engine_kind';
import { installCloudTrailTemplates } from '../test/stack/templates/install_templates';

function envNumber(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number`);
  return parsed;
}

/** CPU seconds a process has used, from /proc (Linux); undefined elsewhere. Clock ticks are 1/100 s. */
function processCpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const days = envNumber('BENCH_DAYS', GENERATOR_PRESETS.bench2m.days);
  const perDay = envNumber('BENCH_PER_DAY', GENERATOR_PRESETS.bench2m.eventsPerDay);
  const concurrency = envNumber('BENCH_CONCURRENCY', 2);
  const flushBytes = envNumber('BENCH_FLUSH_MB', 5) * 1_000_000;
  const tune = process.env.BENCH_TUNE !== '0';
  const namespace = 'bench';

  let engine: EngineHandle | undefined;
  const stopEngine = async (): Promise<void> => {
    if (engine) await engine.stop();
    engine = undefined;
  };
  process.once('SIGINT', () => {
    void stopEngine().finally(() => process.exit(130));
  });

  try {
    let url = process.env.ENGINE_URL;
    if (!url) {
      const started = Date.now();
      engine = await startEngine({
        kind: engineFromEnv(process.env),
        heap: '1g',
        log: (line) => log(`[engine] ${line}`),
      });
      url = engine.url;
      log(
        `engine up at ${url} (pid ${engine.pid}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    // Bulk requests can take a while on a loaded 2-core machine: a generous timeout; helpers.bulk retries 429s.
    const client = new Client({
      node: url,
      Transport: OpenSearchCompatTransport,
      requestTimeout: 120_000,
      maxRetries: 3,
    });
    await installCloudTrailTemplates(client, { namespaces: ['default', namespace] });

    const dataSet = generateCloudTrail({
      ...GENERATOR_PRESETS.bench2m,
      days,
      eventsPerDay: perDay,
      namespace,
      now: Date.now(),
    });
    const { manifest } = dataSet;
    const stream = manifest.indices.cloudtrail;
    await client.indices.deleteDataStream({ name: stream }, { ignore: [404] });
    log(
      `loading ${manifest.documents.total.toLocaleString('en')} documents (${days} days × ${perDay.toLocaleString('en')} background ` +
        `+ ${manifest.documents.automation} automation + ${manifest.documents.planted} planted) into ${stream}, ` +
        `concurrency ${concurrency}, ${flushBytes / 1_000_000} MB per request${tune ? ', tuned for bulk (no refresh, async translog)' : ''}`,
    );
    const engineCpuBefore = engine ? processCpuSeconds(engine.pid) : undefined;
    const loaderCpuBefore = process.cpuUsage();
    const result = await bulkLoad(client, dataSet.documents(), {
      concurrency,
      flushBytes,
      progressEvery: 250_000,
      tuneDataStreams: tune ? [stream] : [],
      onProgress: (written, elapsedMs) =>
        log(
          `  ${written.toLocaleString('en')} docs, ${Math.round(written / (elapsedMs / 1000)).toLocaleString('en')} docs/s`,
        ),
    });
    const { count } = await client.count({ index: stream });
    const loaderCpu = process.cpuUsage(loaderCpuBefore);
    const loaderSeconds = (loaderCpu.user + loaderCpu.system) / 1e6;
    const engineCpuAfter = engine ? processCpuSeconds(engine.pid) : undefined;
    log(`docs/s: ${result.docsPerSecond.toLocaleString('en')}`);
    log(`total seconds: ${result.seconds.toFixed(1)}`);
    log(
      `indexed ${result.documents.toLocaleString('en')}, failed ${result.failed}, count ${count.toLocaleString('en')} (expected ${manifest.documents.total.toLocaleString('en')})`,
    );
    if (engineCpuBefore !== undefined && engineCpuAfter !== undefined) {
      // What the load costs in CPU, independent of other work on the machine.
      const engineSeconds = engineCpuAfter - engineCpuBefore;
      const projected = Math.round(result.documents / ((engineSeconds + loaderSeconds) / 2));
      log(
        `cpu seconds: engine ${engineSeconds.toFixed(0)}, generator+client ${loaderSeconds.toFixed(0)}; ` +
          `on two otherwise idle cores ≈ ${projected.toLocaleString('en')} docs/s`,
      );
    }
    if (result.failures.length > 0) log(`first failures: ${result.failures.join(' | ')}`);
    if (process.env.ENGINE_URL)
      await client.indices.deleteDataStream({ name: stream }, { ignore: [404] });
    await client.close();
    if (count !== manifest.documents.total) process.exitCode = 1;
  } finally {
    await stopEngine();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
