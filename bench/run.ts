// `npm run bench`: one run on the default engine that measures every figure of the benchmark report and writes
// `bench/report.json` and `bench/report.md` (bench/report.ts). Data is generated CloudTrail loaded in two steps into
// one index (BENCH_SIZES, default 200 000 then 2 000 000 documents); BENCH_RUNS (default 30) calls per latency
// figure; ENGINE_URL reuses a running engine. `--quick` measures the same at small sizes (20 000 and 100 000, 20
// calls) in a few minutes and writes to target/bench-quick/ unless `--out <dir>` says where.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getAlerts } from '../server/lib/alerts/get_alerts';
import { getRuleStatus } from '../server/lib/status/get_rule_status';
import { buildUi } from '../scripts/build_ui';
import { loadDocuments } from './bench_data';
import { runBench, withBenchSession } from './bench_session';
import { measureBacktest, measureReplay, prepareBacktestBench } from './backtest.bench';
import { measureHost } from './host.bench';
import { measureReadiness } from './readiness.bench';
import { buildReport, renderReport, writeReport, type SizedLatency } from './report';
import { timedStart } from './sandbox_start.bench';
import { measureKibanaService, prepareStatusBench } from './status.bench';
import { startFaultProxy } from '../test/stack/fault/fault_proxy';

const ROOT = path.join(__dirname, '..');
const INJECTED_DELAY_MS = 200;
/**
 * Executor runs of the replay timed (evenly spaced over the 2,016 and scaled up): each re-reads ten days of
 * history, so replaying every one would take most of an hour on a small machine, for the same ratio.
 */
const REPLAY_SAMPLE = 100;
const REPLAY_SAMPLE_QUICK = 20;

interface RunOptions {
  quick: boolean;
  out: string;
}

function options(argv: readonly string[]): RunOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { quick: { type: 'boolean', default: false }, out: { type: 'string' } },
    strict: true,
  });
  const quick = values.quick ?? false;
  const out = values.out ?? (quick ? path.join(ROOT, 'target', 'bench-quick') : __dirname);
  return { quick, out: path.resolve(out) };
}

function step(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

async function sandboxStartSeconds(quick: boolean): Promise<number> {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'sandbox-bench-'));
  try {
    const data = quick ? ['--events-per-day', '500'] : [];
    const ms = await timedStart(['--port', '0', '--cache-dir', cacheDir, ...data]);
    return Math.round(ms / 100) / 10;
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const run = options(process.argv.slice(2));
  step('building the panel (bundle sizes)');
  const ui = await buildUi();
  const appChunk = ui.plugin.lazy.find((chunk) =>
    path.basename(chunk.file).startsWith('application'),
  );
  if (!appChunk) throw new Error('the plugin build has no application chunk');

  let measured: Omit<Parameters<typeof buildReport>[0], 'sandboxStartSeconds'> | undefined;
  await withBenchSession(
    async ({ esClient, engineUrl, small, large, runs, now, definition }) => {
      const info = await esClient.info();
      const engine = `${(info.version as { distribution?: string }).distribution === 'opensearch' ? 'OpenSearch' : 'Elasticsearch'} ${info.version.number}`;
      step(`loading ${small} documents`);
      let documents = (await loadDocuments(esClient, 'bench-0', small, now)).documents;
      const stack = await prepareStatusBench({ esClient, definition, now });
      const tuning = await prepareBacktestBench({ esClient, definition, now });
      const delayed = await startFaultProxy(stack.kibanaUrl);
      try {
        const service = {
          spaceId: stack.spaceId,
          definition,
          esClient,
          runs,
          kibanaUrl: stack.kibanaUrl,
        };
        /** The four services at the current size. */
        const measureAtSize = async () => {
          await stack.runRules();
          const sized = (s: { latency: SizedLatency['latency'] }): SizedLatency => ({
            documents,
            latency: s.latency,
          });
          step(`readiness, status, alerts, backtest at ${documents} documents`);
          const backtest = await measureBacktest({
            stack: tuning,
            esClient,
            definition,
            documents,
            runs,
            now,
          });
          return {
            readiness: sized(await measureReadiness({ esClient, definition, documents, runs })),
            status: sized(await measureKibanaService(service, getRuleStatus)),
            alerts: sized(await measureKibanaService(service, (ctx) => getAlerts(ctx))),
            backtest: { ...backtest, sized: sized(backtest) },
          };
        };
        const atSmall = await measureAtSize();
        step('replaying the rule run by run over the backtest range');
        const replay = await measureReplay({
          stack: tuning,
          definition,
          now,
          backtestMedianMs: atSmall.backtest.latency.medianMs,
          replaySample: run.quick ? REPLAY_SAMPLE_QUICK : REPLAY_SAMPLE,
        });
        delayed.setLatency(INJECTED_DELAY_MS);
        const statusDelayed = await measureKibanaService(
          { ...service, kibanaUrl: delayed.url, runs: Math.min(runs, 20) },
          getRuleStatus,
        );
        delayed.setLatency(0);
        step('standalone host: upstream requests per route, memory');
        const host = await measureHost({
          elasticsearchUrl: engineUrl,
          kibanaUrl: stack.kibanaUrl,
          spaceId: stack.spaceId,
          panels: 50,
          loadSeconds: run.quick ? 5 : 20,
        });
        step(`loading ${large - documents} more documents`);
        const bulk = await loadDocuments(esClient, 'bench-1', large - documents, now);
        documents += bulk.documents;
        const atLarge = await measureAtSize();
        measured = {
          quick: run.quick,
          runs,
          engine,
          readiness: [atSmall.readiness, atLarge.readiness],
          status: [atSmall.status, atLarge.status],
          statusDelayed: { delayMs: INJECTED_DELAY_MS, latency: statusDelayed.latency },
          alerts: [atSmall.alerts, atLarge.alerts],
          backtest: {
            samples: [atSmall.backtest.sized, atLarge.backtest.sized],
            searchRequests: atSmall.backtest.elasticsearch.requests,
            replayRatio: replay.ratio,
            replayedRuns: replay.runs,
            timedRuns: replay.timedRuns,
          },
          bulkDocsPerSecond: bulk.docsPerSecond,
          bundle: {
            pageLoadGzipBytes: ui.plugin.entry.gzipBytes,
            appChunkGzipBytes: appChunk.gzipBytes,
            lazyGzipBytes: ui.plugin.lazyGzipBytes,
          },
          host,
          routes: host.routes,
        };
      } finally {
        await delayed.close();
        await Promise.all([stack.stop(), tuning.stop()]);
      }
    },
    run.quick ? { sizes: '20000,100000', runs: 20 } : {},
  );
  if (!measured) throw new Error('the benchmark session measured nothing');
  step('sandbox start on an empty cache');
  const report = buildReport({
    ...measured,
    sandboxStartSeconds: await sandboxStartSeconds(run.quick),
  });
  const written = writeReport(run.out, report);
  process.stdout.write(`${renderReport(report)}\nwritten: ${written.json}, ${written.markdown}\n`);
}

runBench(main);
