// Benchmark of the status service: latency at two index sizes on the embedded engine (the ratio shows whether
// cost grows with the logs), plus the Kibana requests one status call makes and how many run at once.
// Run alone: npx tsx bench/status.bench.ts   (BENCH_SIZES=200000,2000000 and BENCH_RUNS=30 by default;
// ENGINE_URL reuses a running engine). A combined runner uses prepareStatusBench + measureStatus.
import type { Client } from '@elastic/elasticsearch';
import type { RuleDefinition } from '../server/lib/rule';
import { createDetectionEngineClient } from '../server/lib/detection_engine/create_client';
import type { KibanaRequestEvent } from '../server/lib/detection_engine/kibana_transport';
import { deployRule } from '../server/lib/deploy/deploy_rule';
import { silentLogger } from '../server/lib/logger';
import type { ServiceContext } from '../server/lib/service_context';
import { getRuleStatus } from '../server/lib/status/get_rule_status';
import { DEMO_PASSWORD, startEmulator } from '../test/stack/kibana';
import { loadDocuments } from './bench_data';
import { medianRatio, RATIO_GOAL, runBench, withBenchSession } from './bench_session';
import { summarize, timed, type LatencySummary } from './latency';
import { ExecutionApiCache } from '../server/lib/detection_engine/http_detection_engine_client';

export interface KibanaTally {
  requests: number;
  /** Most requests in flight at the same moment: > 1 means independent calls ran in parallel. */
  maxInFlight: number;
  calls: string[];
}

/** Most intervals overlapping at one instant (end before start when equal: back-to-back is not parallel). */
export function maxOverlap(events: readonly KibanaRequestEvent[]): number {
  const edges = events.flatMap((e) => [
    { at: e.startedAt, delta: 1 },
    { at: e.startedAt + Math.max(e.durationMs, 0.001), delta: -1 },
  ]);
  edges.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let current = 0;
  let most = 0;
  for (const edge of edges) {
    current += edge.delta;
    most = Math.max(most, current);
  }
  return most;
}

export interface StatusBenchSample {
  documents: number;
  latency: LatencySummary;
  kibana: KibanaTally;
  verdict: string;
}

export interface KibanaServiceArgs {
  kibanaUrl: string;
  spaceId: string;
  definition: RuleDefinition;
  esClient: Client;
  runs: number;
}

/** Times `runs` calls of a service that reads the Detection Engine (after warm-up), with what the last one sent. */
export async function measureKibanaService<R>(
  args: KibanaServiceArgs,
  service: (ctx: ServiceContext) => Promise<R>,
): Promise<{ latency: LatencySummary; kibana: KibanaTally; last: R }> {
  let events: KibanaRequestEvent[] = [];
  const memory = new ExecutionApiCache();
  const context = (): ServiceContext => ({
    detectionEngine: createDetectionEngineClient({
      kibanaUrl: args.kibanaUrl,
      credentials: { username: 'elastic', password: DEMO_PASSWORD },
      spaceId: args.spaceId,
      executionApiCache: memory,
      onRequest: (event) => events.push(event),
    }),
    elasticsearch: args.esClient,
    rule: args.definition,
    spaceId: args.spaceId,
    logger: silentLogger,
    now: () => new Date(),
  });
  for (let i = 0; i < 3; i += 1) await service(context());
  const samples: number[] = [];
  let tally: KibanaTally = { requests: 0, maxInFlight: 0, calls: [] };
  let last: R | undefined;
  for (let i = 0; i < args.runs; i += 1) {
    events = [];
    const { ms, result } = await timed(() => service(context()));
    samples.push(ms);
    last = result;
    tally = {
      requests: events.length,
      maxInFlight: maxOverlap(events),
      calls: events.map((e) => `${e.method} ${e.path}`),
    };
  }
  if (last === undefined) throw new Error('no runs');
  return { latency: summarize(samples), kibana: tally, last };
}

/** Measures `runs` status calls (after warm-up) against a deployed, enabled rule. */
export async function measureStatus(
  args: KibanaServiceArgs & { documents: number },
): Promise<StatusBenchSample> {
  const { latency, kibana, last } = await measureKibanaService(args, getRuleStatus);
  return { documents: args.documents, latency, kibana, verdict: last.verdict };
}

export interface StatusBenchStack {
  kibanaUrl: string;
  spaceId: string;
  /** Runs the deployed rule once over the current data (so its execution summary and history are real). */
  runRules(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the Detection Engine emulator over `esClient` and deploys the rule, enabled, as a status call finds it. */
export async function prepareStatusBench(args: {
  esClient: Client;
  definition: RuleDefinition;
  now: Date;
}): Promise<StatusBenchStack> {
  const emulator = await startEmulator({
    esClient: args.esClient,
    prebuiltPackage: 'with-rule',
    now: () => args.now,
  });
  const spaceId = 'bench';
  const detectionEngine = createDetectionEngineClient({
    kibanaUrl: emulator.url,
    credentials: { username: 'elastic', password: DEMO_PASSWORD },
    spaceId,
  });
  await deployRule(
    {
      detectionEngine,
      elasticsearch: args.esClient,
      rule: args.definition,
      spaceId,
      logger: silentLogger,
      now: () => args.now,
    },
    { enable: true },
  );
  return {
    kibanaUrl: emulator.url,
    spaceId,
    runRules: async () => {
      await emulator.runRules();
    },
    stop: () => emulator.stop(),
  };
}

async function main(): Promise<void> {
  await withBenchSession(async ({ esClient, small, large, runs, now, definition }) => {
    let documents = (await loadDocuments(esClient, 'bench-a', small, now)).documents;
    const ready = await prepareStatusBench({ esClient, definition, now });
    try {
      await ready.runRules();
      const measure = (count: number) =>
        measureStatus({
          kibanaUrl: ready.kibanaUrl,
          spaceId: ready.spaceId,
          definition,
          esClient,
          documents: count,
          runs,
        });
      const first = await measure(documents);
      documents += (await loadDocuments(esClient, 'bench-b', large - small, now)).documents;
      await ready.runRules();
      const samples = [first, await measure(documents)];
      process.stdout.write(
        `${JSON.stringify({ bench: 'status', samples, medianRatio: medianRatio(samples), goal: `<= ${RATIO_GOAL}` }, null, 2)}\n`,
      );
    } finally {
      await ready.stop();
    }
  });
}

if (require.main === module) runBench(main);
