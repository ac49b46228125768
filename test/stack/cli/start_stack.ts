// Brings up the whole test stack in order — search engine, Elasticsearch compatibility proxy, CloudTrail data,
// emulated Kibana Detection Engine with its executor on a schedule, live trickle — and stops it newest first.
import type { Client } from '@elastic/elasticsearch';
import { startCompatProxy } from '../engine/compat_proxy';
import type { EngineKind } from '../engine/engine_kind';
import { startEngine, type EngineOptions } from '../engine/launcher';
import type { Logger } from '../engine/maven_build';
import {
  LiveTrickle,
  startTrickle,
  type TrickleHandle,
  type TrickleOptions,
} from '../data/live_trickle';
import { startEmulator, type ConnectorSeed, type RunningEmulator } from '../kibana';
import { createStackClient } from './stack_client';
import { StopList } from './stop_list';

/** Connectors every space of the stack offers (as preconfigured in kibana.yml), so the panel's Notify has targets. */
const SANDBOX_CONNECTORS: ConnectorSeed[] = [
  {
    id: 'sandbox-slack',
    name: 'Security team Slack (sandbox)',
    connector_type_id: '.slack',
    is_preconfigured: true,
  },
  {
    id: 'sandbox-server-log',
    name: 'Kibana server log (sandbox)',
    connector_type_id: '.server-log',
    is_preconfigured: true,
  },
];

/** Where the live trickle carries on after the data step, or null for no live events. */
export interface DataOutcome {
  trickle: { options: TrickleOptions; fromMs: number } | null;
}

/** Puts the logs in place once the engine answers (generate, keep, or nothing) and says how to continue. */
export type DataStep = (client: Client, signal: AbortSignal | undefined) => Promise<DataOutcome>;

export interface StackConfig {
  engine: Pick<EngineOptions, 'kind' | 'dataDir' | 'heap'>;
  data: DataStep;
  /** Run enabled rules every this many milliseconds; null: only on demand. */
  scheduleMs: number | null;
  log: Logger;
  /** Aborting it while starting stops what is already up and rejects with the abort reason. */
  signal?: AbortSignal;
}

export interface RunningStack {
  engine: EngineKind;
  /** The engine's version, e.g. 8.19.0. */
  engineVersion: string;
  /** The engine itself, no authentication. */
  engineUrl: string;
  /** The compatibility proxy: for the unmodified official client and anything built from a URL. */
  elasticsearchUrl: string;
  /** The emulated Kibana. */
  kibanaUrl: string;
  enginePid: number;
  /** Talks to the engine directly through the compatibility transport. */
  esClient: Client;
  emulator: RunningEmulator;
  trickle: TrickleHandle | null;
  /** Stops everything this call started (the JVM by its pid). Idempotent. */
  stop(): Promise<void>;
}

export async function startStack(config: StackConfig): Promise<RunningStack> {
  const { log, signal } = config;
  const started = new StopList();
  try {
    signal?.throwIfAborted();
    const engine = await startEngine({ ...config.engine, log });
    started.add('the search engine', () => engine.stop());
    signal?.throwIfAborted();

    const proxy = await startCompatProxy(engine.url);
    started.add('the compatibility proxy', () => proxy.stop());
    const esClient = createStackClient(engine.url);
    started.add('the engine client', () => esClient.close());

    const data = await config.data(esClient, signal);
    signal?.throwIfAborted();

    // Kibana's internal user writes alerts on the engine; rules and users read through the authorising proxy.
    const emulator = await startEmulator({
      esClient,
      elasticsearchUrl: proxy.url,
      schedule: config.scheduleMs,
      connectors: SANDBOX_CONNECTORS,
    });
    started.add('the Detection Engine emulator', () => emulator.stop());
    log(
      `[kibana] Detection Engine emulator at ${emulator.url}` +
        (config.scheduleMs ? `, running enabled rules every ${config.scheduleMs / 1000} s` : ''),
    );

    let trickle: TrickleHandle | null = null;
    if (data.trickle) {
      trickle = runTrickle(esClient, data.trickle.options, data.trickle.fromMs, log);
      const handle = trickle;
      started.add('the live trickle', async () => {
        await handle.stop();
      });
    }

    return {
      engine: engine.kind,
      engineVersion: engine.version,
      engineUrl: engine.url,
      elasticsearchUrl: proxy.url,
      kibanaUrl: emulator.url,
      enginePid: engine.pid,
      esClient,
      emulator,
      trickle,
      stop: () => started.stopAll(log),
    };
  } catch (error) {
    await started.stopAll(log);
    throw error;
  }
}

function runTrickle(
  client: Client,
  options: TrickleOptions,
  fromMs: number,
  log: Logger,
): TrickleHandle {
  log(
    `[trickle] live events: ${options.eventsPerSecond}/s, a new reconnaissance user about every ` +
      `${options.reconEveryMinutes} min`,
  );
  let lastError = '';
  return startTrickle(new LiveTrickle(options), {
    client,
    fromMs,
    onRecon: (pair) =>
      log(
        `[trickle] first-time inventory reconnaissance by ${pair.userName} in account ${pair.accountId}`,
      ),
    onError: (error) => {
      // One line per distinct problem: a stalled engine would otherwise repeat it every second.
      const message = error instanceof Error ? error.message : String(error);
      if (message !== lastError) log(`[trickle] ${message}`);
      lastError = message;
    },
  });
}
