// The benchmark report: the figures of one `npm run bench` run under fixed keys (`report.json`, read by tools and
// by the test that runs the quick mode) and the same figures as a page a person reads (`report.md`). Both are
// written by the run and never edited by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPLAY_RATIO_GOAL } from './backtest.bench';
import { RATIO_GOAL } from './bench_session';
import type { LatencySummary } from './latency';

/** Status with a fixed upstream delay, over that delay: ~1 when its calls run side by side. */
export const FANOUT_GOAL = 1.2;

export interface SizedLatency {
  documents: number;
  latency: LatencySummary;
}

export interface RouteRequests {
  route: string;
  elasticsearch: number;
  kibana: number;
}

/** Everything one run measured; `buildReport` names the figures. */
export interface BenchMeasurements {
  quick: boolean;
  runs: number;
  engine: string;
  readiness: [SizedLatency, SizedLatency];
  status: [SizedLatency, SizedLatency];
  statusDelayed: { delayMs: number; latency: LatencySummary };
  alerts: [SizedLatency, SizedLatency];
  backtest: {
    samples: [SizedLatency, SizedLatency];
    searchRequests: number;
    replayRatio: number;
    replayedRuns: number;
    /** Runs of the replay actually timed (evenly spaced; the whole replay's time is scaled up from them). */
    timedRuns: number;
  };
  bulkDocsPerSecond: number;
  sandboxStartSeconds: number;
  bundle: { pageLoadGzipBytes: number; appChunkGzipBytes: number; lazyGzipBytes: number };
  host: { idleMb: number; loadedMb: number; panels: number; refreshes: number };
  routes: RouteRequests[];
}

const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

function machine(): string {
  const cpus = os.cpus();
  const memoryGb = Math.round(os.totalmem() / 2 ** 30);
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${memoryGb} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

/** p50/p95 at both sizes and the ratio of the medians, under the report's key names. */
function pair([small, large]: [SizedLatency, SizedLatency]) {
  return {
    p50_ms_200k: small.latency.medianMs,
    p95_ms_200k: small.latency.p95Ms,
    p50_ms_2m: large.latency.medianMs,
    p95_ms_2m: large.latency.p95Ms,
    ratio: ratio(large.latency.medianMs, small.latency.medianMs),
  };
}

export function buildReport(m: BenchMeasurements, generatedAt = new Date()) {
  const [readinessSmall, readinessLarge] = m.readiness;
  return {
    generated_at: generatedAt.toISOString(),
    mode: m.quick ? 'quick' : 'full',
    machine: machine(),
    engine: m.engine,
    runs: m.runs,
    sizes: { small_docs: readinessSmall.documents, large_docs: readinessLarge.documents },
    readiness: pair(m.readiness),
    status: {
      // The headline figure is the small index's; the pair shows it does not grow with the logs.
      p50_ms: m.status[0].latency.medianMs,
      ...pair(m.status),
      delayed_p50_ms: m.statusDelayed.latency.medianMs,
      injected_delay_ms: m.statusDelayed.delayMs,
      fanout_ratio: ratio(m.statusDelayed.latency.medianMs, m.statusDelayed.delayMs),
    },
    alerts: { p50_ms: m.alerts[0].latency.medianMs, ...pair(m.alerts) },
    backtest: {
      ...pair(m.backtest.samples),
      search_requests: m.backtest.searchRequests,
      replay_ratio: m.backtest.replayRatio,
      replayed_runs: m.backtest.replayedRuns,
      replay_timed_runs: m.backtest.timedRuns,
    },
    bulk: { docs_per_s: m.bulkDocsPerSecond },
    sandbox: { start_s: m.sandboxStartSeconds },
    bundle: {
      page_load_gzip_bytes: m.bundle.pageLoadGzipBytes,
      app_chunk_gzip_bytes: m.bundle.appChunkGzipBytes,
      lazy_gzip_bytes: m.bundle.lazyGzipBytes,
    },
    memory: {
      host_idle_mb: m.host.idleMb,
      host_loaded_mb: m.host.loadedMb,
      panels: m.host.panels,
      refreshes: m.host.refreshes,
    },
    upstream_requests: m.routes,
  };
}

export type BenchReport = ReturnType<typeof buildReport>;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const met = (ok: boolean): string => (ok ? 'met' : '**not met**');

export function renderReport(r: BenchReport): string {
  const small = r.sizes.small_docs.toLocaleString('en');
  const large = r.sizes.large_docs.toLocaleString('en');
  const rows = (name: string, p: ReturnType<typeof pair>): string[] => [
    `| ${name}, ${small} docs | ${p.p50_ms_200k} ms | ${p.p95_ms_200k} ms | |`,
    `| ${name}, ${large} docs | ${p.p50_ms_2m} ms | ${p.p95_ms_2m} ms | ratio ${p.ratio} ≤ ${RATIO_GOAL}: ${met(p.ratio <= RATIO_GOAL)} |`,
  ];
  const lines = [
    '# Benchmark report',
    '',
    `Written by \`npm run bench${r.mode === 'quick' ? ' -- --quick' : ''}\` on ${r.generated_at}; do not edit by hand.`,
    '',
    `- Machine: ${r.machine}`,
    `- Engine: ${r.engine}`,
    `- Mode: ${r.mode}; ${r.runs} calls per latency figure (after warm-up); index sizes ${small} and ${large} documents`,
    '',
    '## Latency',
    '',
    '| what | p50 | p95 | goal |',
    '|---|---|---|---|',
    ...rows('readiness', r.readiness),
    ...rows('status', r.status),
    `| status, every upstream answer delayed ${r.status.injected_delay_ms} ms | ${r.status.delayed_p50_ms} ms | | fan-out ratio ${r.status.fanout_ratio} ≤ ${FANOUT_GOAL}: ${met(r.status.fanout_ratio <= FANOUT_GOAL)} |`,
    ...rows('alerts', r.alerts),
    ...rows('backtest (7 days)', r.backtest),
    '',
    `Backtest: ${r.backtest.search_requests} search requests per backtest; replaying the rule's ${r.backtest.replayed_runs} ` +
      `scheduled runs one by one (${r.backtest.replay_timed_runs} of them timed, evenly spaced, and scaled up) takes ${r.backtest.replay_ratio}× as long (goal ≥ ${REPLAY_RATIO_GOAL}: ${met(r.backtest.replay_ratio >= REPLAY_RATIO_GOAL)}).`,
    '',
    '## Upstream requests per route call',
    '',
    '| route | Elasticsearch | Kibana |',
    '|---|---|---|',
    ...r.upstream_requests.map((x) => `| \`${x.route}\` | ${x.elasticsearch} | ${x.kibana} |`),
    '',
    '## Load, start, size, memory',
    '',
    `- Bulk load: ${r.bulk.docs_per_s.toLocaleString('en')} documents/s (the ${large}-document step)`,
    `- Sandbox start (\`npm start\`, empty cache): ${r.sandbox.start_s} s`,
    `- Kibana page-load entry: ${kb(r.bundle.page_load_gzip_bytes)} gzip; the panel's app chunk ${kb(r.bundle.app_chunk_gzip_bytes)} gzip; all lazy chunks ${kb(r.bundle.lazy_gzip_bytes)} gzip`,
    `- Standalone host resident memory: ${r.memory.host_idle_mb} MB idle, ${r.memory.host_loaded_mb} MB at most while ${r.memory.panels} panels refreshed (${r.memory.refreshes} refreshes)`,
    '',
  ];
  return lines.join('\n');
}

/** Writes `report.json` and `report.md` into `dir`; returns their paths. */
export function writeReport(dir: string, report: BenchReport): { json: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, 'report.json');
  const markdown = path.join(dir, 'report.md');
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(markdown, renderReport(report));
  return { json, markdown };
}
