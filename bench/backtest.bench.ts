// Benchmark of the backtest service: latency (median, p95) of a 7-day backtest at a given index size, the
// Elasticsearch requests one backtest sends, and how much faster it is than replaying the detection engine run by
// run over the same range (Kibana's preview does that: one execution per interval, 2,016 for 7 days at 5 minutes).
// Run alone: npx tsx bench/backtest.bench.ts   (BENCH_SIZES=200000,2000000 and BENCH_RUNS=30 by default; at
// least 20 runs are measured; BENCH_REPLAY_SAMPLE=n times n evenly spaced runs of the replay and scales them up
// instead of replaying every run; ENGINE_URL reuses a running engine). A combined runner calls
// prepareBacktestBench + measureBacktest.
import type { Client } from '@elastic/elasticsearch';
import type { RuleDefinition } from '../server/lib/rule';
import { runBacktest } from '../server/lib/backtest/run_backtest';
import { createDetectionEngineClient } from '../server/lib/detection_engine/create_client';
import { deployRule } from '../server/lib/deploy/deploy_rule';
import { silentLogger } from '../server/lib/logger';
import type { ServiceContext } from '../server/lib/service_context';
import { DEMO_PASSWORD, startEmulator } from '../test/stack/kibana';
import { DAY_MS, durationMs, KIBANA_RULE_DEFAULTS } from '../common/time';
import { loadDocuments } from './bench_data';
import { runBench, withBenchSession } from './bench_session';
import { summarize, timed, type LatencySummary } from './latency';
import { RequestMeter, type RequestTally } from './request_meter';

export const BACKTEST_DAYS = 7;
/** Fewest backtests a measurement times. */
export const MIN_RUNS = 20;
/** Replaying the executor should take at least this many times longer than the backtest. */
export const REPLAY_RATIO_GOAL = 20;

export interface BacktestBenchSample {
  documents: number;
  latency: LatencySummary;
  elasticsearch: RequestTally;
  alerts: number;
  termSets: number;
}

export interface ReplaySample {
  /** Scheduled runs over the range, and how many were timed (all unless sampled). */
  runs: number;
  timedRuns: number;
  /** The whole replay's time (scaled up from the timed runs when sampled). */
  ms: number;
  /** Replay ÷ median backtest. */
  ratio: number;
}

export interface BacktestBenchStack {
  kibanaUrl: string;
  spaceId: string;
  /** Moves the emulator's clock (the replay sets it to each run's time). */
  setClock(at: Date): void;
  runRules(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the Detection Engine emulator over `esClient` and deploys the rule, enabled, in a space of its own. */
export async function prepareBacktestBench(args: {
  esClient: Client;
  definition: RuleDefinition;
  now: Date;
}): Promise<BacktestBenchStack> {
  let clock = args.now;
  const emulator = await startEmulator({
    esClient: args.esClient,
    prebuiltPackage: 'empty',
    now: () => clock,
  });
  const spaceId = 'bench-backtest';
  await deployRule(contextFor(emulator.url, spaceId, args.esClient, args.definition, args.now), {
    enable: true,
  });
  return {
    kibanaUrl: emulator.url,
    spaceId,
    setClock: (at) => {
      clock = at;
    },
    runRules: async () => {
      await emulator.runRules({ space: spaceId });
    },
    stop: () => emulator.stop(),
  };
}

function contextFor(
  kibanaUrl: string,
  spaceId: string,
  esClient: Client,
  definition: RuleDefinition,
  now: Date,
): ServiceContext {
  return {
    detectionEngine: createDetectionEngineClient({
      kibanaUrl,
      credentials: { username: 'elastic', password: DEMO_PASSWORD },
      spaceId,
    }),
    elasticsearch: esClient,
    rule: definition,
    spaceId,
    logger: silentLogger,
    now: () => now,
  };
}

/** Times `runs` (at least MIN_RUNS) 7-day backtests and counts their requests. */
export async function measureBacktest(args: {
  stack: BacktestBenchStack;
  esClient: Client;
  definition: RuleDefinition;
  documents: number;
  runs: number;
  now: Date;
}): Promise<BacktestBenchSample> {
  const ctx = () =>
    contextFor(args.stack.kibanaUrl, args.stack.spaceId, args.esClient, args.definition, args.now);
  const meter = new RequestMeter(args.esClient);
  const request = { days: BACKTEST_DAYS };
  for (let i = 0; i < 2; i += 1) await runBacktest(ctx(), request);
  const samples: number[] = [];
  let tally: RequestTally = { requests: 0, maxInFlight: 0, calls: [] };
  let last = await runBacktest(ctx(), request);
  for (let i = 0; i < Math.max(MIN_RUNS, args.runs); i += 1) {
    const { ms, result } = await timed(() => meter.measure(() => runBacktest(ctx(), request)));
    samples.push(ms);
    tally = result.tally;
    last = result.result;
  }
  return {
    documents: args.documents,
    latency: summarize(samples),
    elasticsearch: { ...tally, calls: [...new Set(tally.calls)] },
    alerts: last.alerts.length,
    termSets: last.termSets,
  };
}

/**
 * Replays the executor over the backtest's range, one run per interval, oldest first, as Kibana's preview runs
 * them, and compares it with a backtest's median time.
 */
export async function measureReplay(args: {
  stack: BacktestBenchStack;
  definition: RuleDefinition;
  now: Date;
  backtestMedianMs: number;
  /** Time only this many evenly spaced runs and scale up; null: replay every run. */
  replaySample?: number | null;
}): Promise<ReplaySample> {
  const interval = durationMs(args.definition.rule.interval ?? KIBANA_RULE_DEFAULTS.interval) ?? 1;
  const total = Math.floor((BACKTEST_DAYS * DAY_MS) / interval);
  const sample = args.replaySample ? Math.min(args.replaySample, total) : total;
  const step = total / sample;
  let replayMs = 0;
  for (let i = 0; i < sample; i += 1) {
    const k = total - 1 - Math.floor(i * step);
    args.stack.setClock(new Date(args.now.getTime() - k * interval));
    replayMs += (await timed(() => args.stack.runRules())).ms;
  }
  const wholeReplayMs = Math.round((replayMs * total) / sample);
  return {
    runs: total,
    timedRuns: sample,
    ms: wholeReplayMs,
    ratio: Math.round((wholeReplayMs / args.backtestMedianMs) * 10) / 10,
  };
}

async function main(): Promise<void> {
  await withBenchSession(async ({ esClient, small, runs, now, definition }) => {
    const { documents } = await loadDocuments(esClient, 'bench-backtest', small, now);
    const stack = await prepareBacktestBench({ esClient, definition, now });
    try {
      const sampled = Number(process.env.BENCH_REPLAY_SAMPLE ?? 0);
      const sample = await measureBacktest({ stack, esClient, definition, documents, runs, now });
      const replay = await measureReplay({
        stack,
        definition,
        now,
        backtestMedianMs: sample.latency.medianMs,
        replaySample: Number.isInteger(sampled) && sampled > 0 ? sampled : null,
      });
      process.stdout.write(
        `${JSON.stringify({ bench: 'backtest', sample, replay, replayRatioGoal: `>= ${REPLAY_RATIO_GOAL}` }, null, 2)}\n`,
      );
    } finally {
      await stack.stop();
    }
  });
}

if (require.main === module) runBench(main);
