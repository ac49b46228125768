// What every benchmark entry starts from: the engine (started here unless ENGINE_URL names one; SSM_RECON_ENGINE
// picks which), a patient client to it, the two sizes and the number of runs from the environment, one clock and the
// bundled rule.
import type { Client } from '@elastic/elasticsearch';
import type { RuleDefinition } from '../server/lib/rule';
import { loadBundledRule } from '../server/lib/rule_files';
import { startEngine } from '../test/stack/engine/launcher';
import { engineFromEnv } from '../test/stack/engine/engine_kind';
import { benchEsClient, sizesFromEnv } from './bench_data';

/** Latency may grow at most this much from the small to the large index. */
export const RATIO_GOAL = 1.5;

export interface BenchSession {
  esClient: Client;
  /** The engine the client talks to (for processes started beside the benchmark, such as the standalone host). */
  engineUrl: string;
  /** Document counts of the two measurements (BENCH_SIZES). */
  small: number;
  large: number;
  /** Calls per measurement (BENCH_RUNS, default 30). */
  runs: number;
  /** The end of the generated data and the emulator's clock. */
  now: Date;
  definition: RuleDefinition;
}

/** Runs `body` in a session; the client is closed and a started engine stopped afterwards, whatever happened. */
export async function withBenchSession(
  body: (session: BenchSession) => Promise<void>,
  defaults: { sizes?: string; runs?: number } = {},
): Promise<void> {
  const [small, large] = sizesFromEnv(defaults.sizes);
  const runs = Number(process.env.BENCH_RUNS ?? defaults.runs ?? 30);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(
      `BENCH_RUNS must be a whole number >= 1, got ${JSON.stringify(process.env.BENCH_RUNS)}`,
    );
  }
  const engine = process.env.ENGINE_URL
    ? null
    : await startEngine({ kind: engineFromEnv(process.env) });
  const engineUrl = process.env.ENGINE_URL ?? engine?.url ?? '';
  const esClient = benchEsClient(engineUrl);
  try {
    const definition = (await loadBundledRule()).definition;
    await body({ esClient, engineUrl, small, large, runs, now: new Date(), definition });
  } finally {
    await esClient.close();
    await engine?.stop();
  }
}

/** Median latency at the large size over the small one, to two decimals. */
export function medianRatio(samples: ReadonlyArray<{ latency: { medianMs: number } }>): number {
  return Math.round((samples[1].latency.medianMs / samples[0].latency.medianMs) * 100) / 100;
}

/** Runs a benchmark entry: a failure prints its stack and exits 1. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
