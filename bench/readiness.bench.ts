// Benchmark of the readiness service: latency at two index sizes on the embedded engine (the ratio shows whether
// cost grows with the logs), plus the Elasticsearch requests one readiness call makes and how many run at once.
// Run alone: npx tsx bench/readiness.bench.ts   (BENCH_SIZES=200000,2000000 and BENCH_RUNS=30 by default;
// ENGINE_URL reuses a running engine instead of starting one). `bench/run.ts` runs it with the status bench.
import type { Client } from '@elastic/elasticsearch';
import type { CheckStatus } from '../common/api';
import type { RuleDefinition } from '../server/lib/rule';
import type { DetectionEngineClient } from '../server/lib/detection_engine/detection_engine_client';
import { silentLogger } from '../server/lib/logger';
import { checkReadiness } from '../server/lib/readiness/check_readiness';
import { summarize, timed, type LatencySummary } from './latency';
import { loadDocuments } from './bench_data';
import { medianRatio, RATIO_GOAL, runBench, withBenchSession } from './bench_session';
import { RequestMeter, type RequestTally } from './request_meter';

export interface ReadinessBenchSample {
  documents: number;
  latency: LatencySummary;
  elasticsearch: RequestTally;
  /** Searches inside the multi-search requests (one multi-search per index pattern). */
  searchesPerCall: number;
  status: CheckStatus;
  documentsInHistoryWindow: number;
}

/** Readiness never talks to Kibana; a call would be a bug, so it throws. */
const noKibana = new Proxy({} as DetectionEngineClient, {
  get: (_target, property) => {
    if (property === 'spaceId') return 'default';
    throw new Error(`readiness called the Detection Engine (${String(property)})`);
  },
});

/** Measures `runs` readiness calls (after warm-up). The clock moves on, so no two calls send identical queries. */
export async function measureReadiness(args: {
  esClient: Client;
  definition: RuleDefinition;
  documents: number;
  runs: number;
}): Promise<ReadinessBenchSample> {
  const meter = new RequestMeter(args.esClient);
  let searches = 0;
  args.esClient.diagnostic.on('request', (_error, event) => {
    const params = event?.meta.request.params;
    // NDJSON: header and body lines alternate, two lines per search.
    if (params?.path.includes('_msearch') && typeof params.body === 'string') {
      searches += params.body.split('\n').filter(Boolean).length / 2;
    }
  });
  const call = () =>
    checkReadiness({
      detectionEngine: noKibana,
      elasticsearch: args.esClient,
      rule: args.definition,
      spaceId: 'default',
      logger: silentLogger,
      now: () => new Date(),
    });
  for (let i = 0; i < 3; i += 1) await call();
  const samples: number[] = [];
  let last: Awaited<ReturnType<typeof meter.measure<Awaited<ReturnType<typeof call>>>>> | null =
    null;
  for (let i = 0; i < args.runs; i += 1) {
    searches = 0;
    const { ms, result } = await timed(() => meter.measure(call));
    samples.push(ms);
    last = result;
  }
  if (!last) throw new Error('no runs');
  const readiness = last.result;
  return {
    documents: args.documents,
    latency: summarize(samples),
    elasticsearch: last.tally,
    searchesPerCall: searches,
    status: readiness.status,
    documentsInHistoryWindow: readiness.patterns.reduce(
      (sum, p) => sum + p.documentsInHistoryWindow,
      0,
    ),
  };
}

async function main(): Promise<void> {
  await withBenchSession(async ({ esClient, small, large, runs, now, definition }) => {
    let documents = (await loadDocuments(esClient, 'bench-a', small, now)).documents;
    const first = await measureReadiness({ esClient, definition, documents, runs });
    documents += (await loadDocuments(esClient, 'bench-b', large - small, now)).documents;
    const second = await measureReadiness({ esClient, definition, documents, runs });
    const samples = [first, second];
    process.stdout.write(
      `${JSON.stringify({ bench: 'readiness', samples, medianRatio: medianRatio(samples), goal: `<= ${RATIO_GOAL}` }, null, 2)}\n`,
    );
  });
}

if (require.main === module) runBench(main);
