// Starts the sandbox: the panel's bundle (built when stale), the test stack on a persistent engine directory with
// cached or fresh data, and the standalone host in front of it; stops it all in reverse, keeping the data.
import fs from 'node:fs';
import type { TrickleHandle } from '../../test/stack/data/live_trickle';
import { startStack, type RunningStack } from '../../test/stack/cli/start_stack';
import { StopList } from '../../test/stack/cli/stop_list';
import { streamLogger } from '../../server/lib/stream_logger';
import { startHost, type RunningHost } from '../../server/hosts/standalone/start_host';
import { decideData } from './data_decision';
import { readMarker, removeMarker, writeMarker, type DataMarker } from './data_marker';
import { generatorFingerprint } from './generator_fingerprint';
import { bundledHistoryWindowMs } from './history_window';
import { sandboxDataStep } from './sandbox_data_step';
import { acquireSandboxLock } from './sandbox_lock';
import type { SandboxOptions } from './sandbox_options';
import { sandboxPaths } from './sandbox_paths';
import { ensureUiBuilt } from './ui_bundle';

export interface RunningSandbox {
  /** The panel. */
  url: string;
  stack: RunningStack;
  host: RunningHost;
  stop(): Promise<void>;
}

/** A longer gap in the cached data is left empty: filling it would delay the start. */
const MAX_BACKFILL_MS = 15 * 60_000;
/** How often the marker learns how far live events reached. */
const MARKER_SAVE_MS = 30_000;
const LIVE_RATE = { eventsPerSecond: 5, reconEveryMinutes: 3 };

/**
 * What the panel says beside the rule's schedule: the emulator runs enabled rules on the sandbox's own beat, so
 * "Every 5m" would tell the person watching for the next run the wrong thing.
 */
export function sandboxScheduleNote(scheduleSeconds: number): string {
  return `In this sandbox enabled rules run every ${scheduleSeconds} s, whatever their schedule says.`;
}

export async function startSandbox(
  options: SandboxOptions,
  log: (line: string) => void,
  signal?: AbortSignal,
): Promise<RunningSandbox> {
  const paths = sandboxPaths(options.cacheDir, options.engine);
  const lock = acquireSandboxLock(paths.pidFile);
  const stops = new StopList();
  stops.add('the sandbox lock', async () => lock.release());
  let marker: DataMarker | undefined;
  let trickle: TrickleHandle | null = null;
  const saveMarker = (): void => {
    if (!marker || !trickle) return;
    marker = { ...marker, dataUntil: new Date(trickle.stats().untilMs).toISOString() };
    writeMarker(paths.markerFile, marker);
  };
  // Added before the stack, so it runs after the stack (and its trickle) has stopped.
  stops.add('the data marker', async () => saveMarker());

  try {
    const uiDir = await ensureUiBuilt(log, paths.uiDir);
    signal?.throwIfAborted();

    const generator = {
      seed: options.seed,
      days: options.days,
      eventsPerDay: options.eventsPerDay,
    };
    const fingerprint = generatorFingerprint();
    const cached = readMarker(paths.markerFile);
    const decision = decideData({
      marker: cached,
      wanted: generator,
      fingerprint,
      nowMs: Date.now(),
      historyWindowMs: await bundledHistoryWindowMs(),
      maxBackfillMs: MAX_BACKFILL_MS,
      fresh: options.fresh,
    });
    if (decision.action === 'generate') {
      // A clean engine directory: nothing of an older data set (or a half-finished load) survives.
      removeMarker(paths.markerFile);
      fs.rmSync(paths.engineDir, { recursive: true, force: true });
    }

    const stack = await startStack({
      engine: {
        kind: options.engine,
        dataDir: paths.engineDir,
        ...(options.heap ? { heap: options.heap } : {}),
      },
      data: sandboxDataStep(
        {
          decision,
          marker: typeof cached === 'object' ? cached : null,
          generator,
          fingerprint,
          rate: LIVE_RATE,
          markerFile: paths.markerFile,
        },
        log,
        (ready) => (marker = ready),
      ),
      scheduleMs: options.scheduleSeconds * 1000,
      log,
      signal,
    });
    stops.add('the stack', () => stack.stop());
    trickle = stack.trickle;
    const saver = setInterval(saveMarker, MARKER_SAVE_MS);
    saver.unref();
    stops.add('the marker timer', async () => clearInterval(saver));
    signal?.throwIfAborted();

    const host = await startHost(
      {
        host: '127.0.0.1',
        port: options.port,
        elasticsearchUrl: stack.elasticsearchUrl,
        kibanaUrl: stack.kibanaUrl,
        spaceId: 'default',
        timeoutMs: 30_000,
        uiDir,
        scheduleNote: sandboxScheduleNote(options.scheduleSeconds),
      },
      streamLogger(process.stderr, 'warn'),
    ).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE'
        ? new Error(`port ${options.port} is in use: stop what holds it, or pass --port`)
        : error;
    });
    stops.add('the standalone host', () => host.close());

    return { url: host.url, stack, host, stop: () => stops.stopAll(log) };
  } catch (error) {
    await stops.stopAll(log);
    throw error;
  }
}
