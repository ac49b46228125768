// Live ingestion after the initial load: background traffic at a steady rate, the scheduled automation,
// and a brand-new reconnaissance user every few minutes, each event ingested "now". A pure slice
// function decides what falls in a time range; startTrickle runs it against a cluster in real time.

import type { Client } from '@elastic/elasticsearch';
import { automationEvents, automationJobs, type AutomationJob } from './automation';
import { BackgroundSampler } from './background_sampler';
import { inShare, makeDocument, type DocumentSettings } from './document_factory';
import type { GeneratedDocument } from './ecs_document';
import {
  DEFAULT_GENERATOR_OPTIONS,
  cloudTrailIndex,
  type GeneratorOptions,
} from './generator_options';
import type { PlantedPair } from './manifest';
import { byIngested, type PlannedEvent } from './planned_event';
import { liveReconScenario } from './planted_scenarios';
import { Rng, hash32 } from './rng';
import { planScenario, summarise, timestampOf, type PlannedScenario } from './scenario';
import { MINUTE, SECOND, ingestLagMs, isoMs } from './timing';
import { buildWorld, type World } from './world';

type WorldKeys =
  | 'seed'
  | 'accounts'
  | 'usersPerAccount'
  | 'namespace'
  | 'automationPerAccount'
  | 'automationIntervalMinutes'
  | 'missingIngestedShare'
  | 'filebeatShare'
  | 'filebeatVersion'
  | 'flattened'
  | 'preserveOriginal';

export interface TrickleOptions extends Pick<GeneratorOptions, WorldKeys> {
  /** Background events per second. */
  eventsPerSecond: number;
  /** A new first-time reconnaissance user roughly this often. */
  reconEveryMinutes: number;
}

export const DEFAULT_TRICKLE_OPTIONS: TrickleOptions = {
  seed: DEFAULT_GENERATOR_OPTIONS.seed,
  accounts: DEFAULT_GENERATOR_OPTIONS.accounts,
  usersPerAccount: DEFAULT_GENERATOR_OPTIONS.usersPerAccount,
  namespace: DEFAULT_GENERATOR_OPTIONS.namespace,
  automationPerAccount: DEFAULT_GENERATOR_OPTIONS.automationPerAccount,
  automationIntervalMinutes: DEFAULT_GENERATOR_OPTIONS.automationIntervalMinutes,
  missingIngestedShare: DEFAULT_GENERATOR_OPTIONS.missingIngestedShare,
  filebeatShare: DEFAULT_GENERATOR_OPTIONS.filebeatShare,
  filebeatVersion: DEFAULT_GENERATOR_OPTIONS.filebeatVersion,
  flattened: DEFAULT_GENERATOR_OPTIONS.flattened,
  preserveOriginal: DEFAULT_GENERATOR_OPTIONS.preserveOriginal,
  eventsPerSecond: 5,
  reconEveryMinutes: 3,
};

export interface TrickleSlice {
  documents: GeneratedDocument[];
  /** Reconnaissance pairs whose first matching document is in this slice. */
  recon: PlantedPair[];
}

export class LiveTrickle {
  readonly options: TrickleOptions;
  readonly world: World;
  private readonly jobs: AutomationJob[];
  private readonly sampler: BackgroundSampler;
  private readonly settings: DocumentSettings;

  /** Use the same world options as the bulk load so the trickle continues the same organisation. */
  constructor(options: Partial<TrickleOptions> = {}) {
    this.options = { ...DEFAULT_TRICKLE_OPTIONS, ...options };
    if (!(this.options.eventsPerSecond > 0)) throw new Error('eventsPerSecond must be positive');
    if (!(this.options.reconEveryMinutes > 0))
      throw new Error('reconEveryMinutes must be positive');
    this.world = buildWorld(this.options);
    this.jobs = automationJobs(
      this.world,
      this.options.automationPerAccount,
      this.options.automationIntervalMinutes,
    );
    this.sampler = new BackgroundSampler(this.world);
    this.settings = {
      namespace: this.options.namespace,
      filebeatVersion: this.options.filebeatVersion,
      flattened: this.options.flattened,
      preserveOriginal: this.options.preserveOriginal,
    };
  }

  private get reconIntervalMs(): number {
    return this.options.reconEveryMinutes * MINUTE;
  }

  /** The reconnaissance burst of slot `slot`, starting somewhere in its first half. */
  private reconSlot(slot: number): PlannedScenario {
    const scenario = liveReconScenario(this.world, slot);
    const offset =
      hash32(`${this.options.seed}/live-recon/${slot}`) %
      Math.max(1, Math.floor(this.reconIntervalMs / 2));
    return planScenario(this.options.seed, scenario, slot * this.reconIntervalMs + offset);
  }

  /** Everything ingested in [fromMs, toMs), oldest first. Slices of adjacent ranges never overlap. */
  slice(fromMs: number, toMs: number): TrickleSlice {
    const scheduled: PlannedEvent[] = this.jobs.flatMap((job) =>
      automationEvents(this.options.seed, job, fromMs, toMs),
    );
    const recon: PlantedPair[] = [];
    // Bursts last minutes and deliveries lag up to ~12 minutes: look back far enough.
    const firstSlot = Math.floor((fromMs - 20 * MINUTE) / this.reconIntervalMs);
    for (let slot = firstSlot; slot * this.reconIntervalMs < toMs; slot++) {
      const planned = this.reconSlot(slot);
      scheduled.push(
        ...planned.events.filter((e) => e.ingestedMs >= fromMs && e.ingestedMs < toMs),
      );
      const summary = summarise(planned, true);
      if (summary.first.ingestedMs >= fromMs && summary.first.ingestedMs < toMs) {
        recon.push({
          scenario: planned.scenario.name,
          accountId: summary.accountId,
          userName: summary.userName ?? '',
          identityType: summary.identityType,
          index: cloudTrailIndex(this.options.namespace),
          actions: summary.actions,
          documents: summary.documents,
          firstIngested: isoMs(summary.first.ingestedMs),
          firstTimestamp: timestampOf(summary.first),
          lastIngested: isoMs(summary.last.ingestedMs),
        });
      }
    }
    scheduled.sort(byIngested);

    const documents: GeneratedDocument[] = [];
    const step = SECOND / this.options.eventsPerSecond;
    let next = 0;
    for (let k = Math.ceil(fromMs / step); k * step < toMs; k++) {
      const ingestedMs = Math.floor(k * step);
      while (next < scheduled.length && scheduled[next].ingestedMs <= ingestedMs) {
        documents.push(this.fromScheduled(scheduled[next++]));
      }
      const rng = new Rng(this.options.seed, 'live', k);
      const record = this.sampler.sample(rng, ingestedMs - ingestLagMs(rng));
      documents.push(
        makeDocument(
          this.settings,
          record,
          ingestedMs,
          !inShare(k, this.options.missingIngestedShare, 0.25),
          inShare(k, this.options.filebeatShare, 0.5) ? 'filebeat' : 'integration',
        ),
      );
    }
    while (next < scheduled.length) documents.push(this.fromScheduled(scheduled[next++]));
    return { documents, recon };
  }

  private fromScheduled(event: PlannedEvent): GeneratedDocument {
    return makeDocument(
      this.settings,
      event.record(),
      event.ingestedMs,
      event.withIngested,
      event.flavour,
    );
  }
}

export interface TrickleRun {
  client: Client;
  /** Where to start (default: the clock's now); pass the bulk load's "now" to continue it seamlessly. */
  fromMs?: number;
  /** How often to ship what has become due (default 1 s). */
  tickMs?: number;
  clock?: () => number;
  onRecon?: (pair: PlantedPair) => void;
  onError?: (error: unknown) => void;
}

export interface TrickleStats {
  /** Documents of the shipped slices now in the cluster. */
  documents: number;
  /** Documents the cluster rejected. */
  failed: number;
  ticks: number;
  recon: PlantedPair[];
  /** Shipped up to here (exclusive). */
  untilMs: number;
}

export interface TrickleHandle {
  stats(): TrickleStats;
  /** Stops after the tick in progress; resolves with the final stats. */
  stop(): Promise<TrickleStats>;
}

const BATCH = 1_000;
const REQUEST_TIMEOUT_MS = 120_000;

/**
 * Ships the trickle to the cluster every tick until stopped. Documents carry their event.id as _id,
 * so a tick that fails half-way is simply shipped again: what already landed answers 409.
 */
export function startTrickle(trickle: LiveTrickle, run: TrickleRun): TrickleHandle {
  const clock = run.clock ?? Date.now;
  const tickMs = run.tickMs ?? SECOND;
  const stats: TrickleStats = {
    documents: 0,
    failed: 0,
    ticks: 0,
    recon: [],
    untilMs: run.fromMs ?? clock(),
  };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();

  const ship = async (
    documents: GeneratedDocument[],
  ): Promise<{ landed: number; failed: number }> => {
    let landed = 0;
    let failed = 0;
    for (let i = 0; i < documents.length; i += BATCH) {
      const batch = documents.slice(i, i + BATCH);
      const operations = batch.flatMap((d) => [
        { create: { _index: d.index, _id: d.doc.event.id } },
        d.doc,
      ]);
      const response = await run.client.bulk(
        { operations },
        { requestTimeout: REQUEST_TIMEOUT_MS },
      );
      for (const item of response.items) {
        const status = item.create?.status ?? 0;
        if (status === 409 || (status >= 200 && status < 300)) landed++;
        else failed++;
      }
    }
    return { landed, failed };
  };

  const tick = async (): Promise<void> => {
    const toMs = clock();
    if (toMs <= stats.untilMs) return;
    const { documents, recon } = trickle.slice(stats.untilMs, toMs);
    const { landed, failed } = await ship(documents);
    // Only a fully shipped slice moves the clock on; a failed one is retried whole next tick.
    stats.untilMs = toMs;
    stats.ticks++;
    stats.documents += landed;
    stats.failed += failed;
    if (failed > 0) run.onError?.(new Error(`${failed} live documents were rejected`));
    for (const pair of recon) {
      stats.recon.push(pair);
      run.onRecon?.(pair);
    }
  };

  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = tick()
        .catch((error: unknown) => run.onError?.(error))
        .finally(schedule);
    }, tickMs);
    timer.unref?.();
  };
  schedule();

  const snapshot = (): TrickleStats => ({ ...stats, recon: [...stats.recon] });
  return {
    stats: snapshot,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
      return snapshot();
    },
  };
}
