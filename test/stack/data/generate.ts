// The CloudTrail data generator: a manifest of what was planted plus a lazy, time-ordered stream of
// ECS documents (background traffic, scheduled automation, planted scenarios), all from one seed.

import { automationEvents, automationJobs, type AutomationJob } from './automation';
import { BackgroundSampler } from './background_sampler';
import { inShare, makeDocument, shareCount, type DocumentSettings } from './document_factory';
import type { GeneratedDocument } from './ecs_document';
import {
  cloudTrailIndex,
  filebeatIndex,
  resolveOptions,
  type GeneratorOptions,
  type ResolvedOptions,
} from './generator_options';
import type { AutomationPair, Decoy, GenerationManifest, PlantedPair } from './manifest';
import { byIngested, type PlannedEvent } from './planned_event';
import { decoyScenarios, rareScenarios } from './planted_scenarios';
import { Rng } from './rng';
import {
  identityTypeOf,
  planScenario,
  summarise,
  timestampOf,
  type PlannedScenario,
  type Scenario,
} from './scenario';
import { DAY, HOUR, MINUTE, hourlyCounts, ingestLagMs, isoMs } from './timing';
import { buildWorld, type World } from './world';

export interface CloudTrailDataSet {
  options: ResolvedOptions;
  world: World;
  manifest: GenerationManifest;
  /** A fresh pass over every document, oldest event.ingested first. Nothing is kept in memory. */
  documents(): Generator<GeneratedDocument>;
}

const FILEBEAT_PHASE = 0.5;
const MISSING_INGESTED_PHASE = 0.25;

function settingsOf(options: ResolvedOptions): DocumentSettings {
  return {
    namespace: options.namespace,
    filebeatVersion: options.filebeatVersion,
    flattened: options.flattened,
    preserveOriginal: options.preserveOriginal,
  };
}

/** Planted scenarios start evenly spread over the rare window, and all land before `now`. */
function scenarioStarts(options: ResolvedOptions, count: number): number[] {
  const rng = new Rng(options.seed, 'scenario-starts');
  const windowMs = options.rareWindowHours * HOUR;
  const latest = options.nowMs - 25 * MINUTE;
  return Array.from({ length: count }, (_, i) => {
    const start = options.nowMs - windowMs + ((i + 0.25 + 0.5 * rng.next()) * windowMs) / count;
    return Math.floor(Math.min(start, latest));
  });
}

function plantedPair(planned: PlannedScenario, index: string): PlantedPair {
  const summary = summarise(planned, true);
  const withIngested = planned.scenario.withIngested;
  return {
    scenario: planned.scenario.name,
    accountId: summary.accountId,
    userName: summary.userName ?? '',
    identityType: summary.identityType,
    index,
    actions: summary.actions,
    documents: summary.documents,
    firstIngested: withIngested ? isoMs(summary.first.ingestedMs) : null,
    // Without event.ingested the rule falls back to @timestamp, so "first" is the earliest call.
    firstTimestamp: timestampOf(withIngested ? summary.first : summary.earliest),
    lastIngested: withIngested ? isoMs(summary.last.ingestedMs) : null,
  };
}

function automationPair(job: AutomationJob, events: PlannedEvent[], index: string): AutomationPair {
  const sorted = [...events].sort(byIngested);
  const runs = new Set(events.map((e) => Math.floor((e.eventMs - job.offsetMs) / job.intervalMs)));
  return {
    accountId: job.actor.account.id,
    userName: job.actor.principalName,
    identityType: job.identityType,
    index,
    actions: [...new Set(job.calls.map((c) => c.name))],
    runs: runs.size,
    documents: events.length,
    firstIngested: sorted.length > 0 ? isoMs(sorted[0].ingestedMs) : '',
    lastIngested: sorted.length > 0 ? isoMs(sorted[sorted.length - 1].ingestedMs) : '',
  };
}

export function generateCloudTrail(input: Partial<GeneratorOptions> = {}): CloudTrailDataSet {
  const options = resolveOptions(input);
  const world = buildWorld(options);
  const settings = settingsOf(options);
  const historyStart = options.nowMs - options.days * DAY;
  const ctIndex = cloudTrailIndex(options.namespace);
  const fbIndex = filebeatIndex(options.filebeatVersion);
  const indexOf = (scenario: Scenario): string =>
    scenario.flavour === 'filebeat' ? fbIndex : ctIndex;

  const jobs = automationJobs(
    world,
    options.automationPerAccount,
    options.automationIntervalMinutes,
  );
  const automation = jobs.map((job) => ({
    job,
    events: automationEvents(options.seed, job, historyStart, options.nowMs),
  }));

  const { rare, withoutIngestedScenarios, picker } = rareScenarios(
    world,
    jobs,
    options.rareRecon,
    options.rareWithoutIngested,
  );
  const decoys = options.decoys
    ? decoyScenarios(world, jobs, picker, options.filebeatShare > 0)
    : [];
  const scenarios = [...rare, ...withoutIngestedScenarios, ...decoys.map((d) => d.scenario)];
  const starts = scenarioStarts(options, scenarios.length);
  const planned = scenarios.map((scenario, i) => planScenario(options.seed, scenario, starts[i]));
  const plannedRare = planned.slice(0, rare.length);
  const plannedWithout = planned.slice(rare.length, rare.length + withoutIngestedScenarios.length);
  const plannedDecoys = planned.slice(rare.length + withoutIngestedScenarios.length);

  const scheduled: PlannedEvent[] = [
    ...automation.flatMap((a) => a.events),
    ...planned.flatMap((p) => p.events),
  ].sort(byIngested);

  const background = options.days * options.eventsPerDay;
  const automationCount = automation.reduce((sum, a) => sum + a.events.length, 0);
  const plantedCount = planned.reduce((sum, p) => sum + p.events.length, 0);
  const filebeatBackground = shareCount(background, options.filebeatShare, FILEBEAT_PHASE);
  const filebeatPlanted = planned
    .filter((p) => p.scenario.flavour === 'filebeat')
    .reduce((sum, p) => sum + p.events.length, 0);
  const total = background + automationCount + plantedCount;
  const byIndex: Record<string, number> = {
    [ctIndex]: total - filebeatBackground - filebeatPlanted,
  };
  if (filebeatBackground + filebeatPlanted > 0)
    byIndex[fbIndex] = filebeatBackground + filebeatPlanted;

  const manifest: GenerationManifest = {
    seed: options.seed,
    now: isoMs(options.nowMs),
    historyStart: isoMs(historyStart),
    days: options.days,
    eventsPerDay: options.eventsPerDay,
    accounts: world.accounts.map((a) => ({ id: a.id, alias: a.alias })),
    indices: { cloudtrail: ctIndex, filebeat: byIndex[fbIndex] !== undefined ? fbIndex : null },
    documents: {
      total,
      byIndex,
      background,
      automation: automationCount,
      planted: plantedCount,
      withoutIngested:
        shareCount(background, options.missingIngestedShare, MISSING_INGESTED_PHASE) +
        plannedWithout.reduce((sum, p) => sum + p.events.length, 0),
    },
    rareRecon: plannedRare.map((p) => plantedPair(p, indexOf(p.scenario))),
    rareReconWithoutIngested: plannedWithout.map((p) => plantedPair(p, indexOf(p.scenario))),
    dailyAutomation: automation.map((a) => automationPair(a.job, a.events, ctIndex)),
    decoys: plannedDecoys.map((p, i): Decoy => {
      const summary = summarise(p, false);
      return {
        reason: decoys[i].reason,
        accountId: summary.accountId,
        userName: summary.userName ?? null,
        identityType: identityTypeOf(p.scenario.actor),
        index: indexOf(p.scenario),
        actions: summary.actions,
        documents: summary.documents,
        firstIngested: isoMs(summary.first.ingestedMs),
      };
    }),
  };

  function* documents(): Generator<GeneratedDocument> {
    const sampler = new BackgroundSampler(world);
    const fromScheduled = (event: PlannedEvent): GeneratedDocument =>
      makeDocument(settings, event.record(), event.ingestedMs, event.withIngested, event.flavour);
    let next = 0;
    let backgroundIndex = 0;
    for (let day = 0; day < options.days; day++) {
      const dayStart = historyStart + day * DAY;
      const counts = hourlyCounts(options.eventsPerDay, new Date(dayStart).getUTCHours());
      for (let hour = 0; hour < 24; hour++) {
        const hourStart = dayStart + hour * HOUR;
        const rng = new Rng(options.seed, 'background-hour', day * 24 + hour);
        const times = new Float64Array(counts[hour]);
        for (let i = 0; i < times.length; i++) times[i] = hourStart + Math.floor(rng.next() * HOUR);
        times.sort();
        for (const ingestedMs of times) {
          while (next < scheduled.length && scheduled[next].ingestedMs <= ingestedMs) {
            yield fromScheduled(scheduled[next++]);
          }
          const i = backgroundIndex++;
          const record = sampler.sample(rng, ingestedMs - ingestLagMs(rng));
          yield makeDocument(
            settings,
            record,
            ingestedMs,
            !inShare(i, options.missingIngestedShare, MISSING_INGESTED_PHASE),
            inShare(i, options.filebeatShare, FILEBEAT_PHASE) ? 'filebeat' : 'integration',
          );
        }
      }
    }
    while (next < scheduled.length) yield fromScheduled(scheduled[next++]);
  }

  return { options, world, manifest, documents };
}
