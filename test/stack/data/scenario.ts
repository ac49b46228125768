// A planted scenario: one principal's short burst of calls, turned into planned events and a summary.

import type { ApiCall } from './api_call';
import type { UserIdentityType } from './cloudtrail_record';
import type { PlannedEvent } from './planned_event';
import { buildRecord } from './record_builder';
import { Rng } from './rng';
import { ingestLagMs, isoMs } from './timing';
import type { IngestFlavour } from './to_ecs';
import { ecsUserName, type Actor } from './world';

export interface ScenarioStep {
  call: ApiCall;
  /** Another principal performing this step (e.g. an admin creating the user first). */
  actor?: Actor;
  fail?: boolean;
  /** This step's document matches the rule's query. */
  matches: boolean;
}

export interface Scenario {
  name: string;
  actor: Actor;
  steps: ScenarioStep[];
  userAgent?: string;
  sourceIp?: string;
  session?: string;
  flavour: IngestFlavour;
  withIngested: boolean;
}

export interface PlannedScenario {
  scenario: Scenario;
  events: PlannedEvent[];
  /** Per event: does it match the rule's query. */
  matches: boolean[];
}

export function identityTypeOf(actor: Actor): UserIdentityType {
  switch (actor.kind) {
    case 'iam-user':
      return 'IAMUser';
    case 'root':
      return 'Root';
    case 'aws-service':
      return 'AWSService';
    default:
      return 'AssumedRole';
  }
}

/** Lays the steps out from `startMs`, 5–40 s apart, each delivered after the usual ingest lag. */
export function planScenario(seed: string, scenario: Scenario, startMs: number): PlannedScenario {
  const rng = new Rng(seed, 'scenario', scenario.name, scenario.actor.key, startMs);
  const events: PlannedEvent[] = [];
  let eventMs = startMs;
  scenario.steps.forEach((step, i) => {
    eventMs += i === 0 ? 0 : rng.int(5, 40) * 1000 + rng.int(0, 999);
    const callMs = eventMs;
    const actor = step.actor ?? scenario.actor;
    const own = actor === scenario.actor;
    events.push({
      eventMs: callMs,
      ingestedMs: callMs + ingestLagMs(rng),
      withIngested: scenario.withIngested,
      flavour: scenario.flavour,
      record: () =>
        buildRecord({
          actor,
          call: step.call,
          eventMs: callMs,
          rng: new Rng(seed, 'scenario-call', scenario.name, actor.key, callMs),
          fail: step.fail,
          denied: step.fail,
          userAgent: own ? scenario.userAgent : undefined,
          sourceIp: own ? scenario.sourceIp : undefined,
          session: own ? scenario.session : undefined,
          region: actor.account.homeRegion,
        }),
    });
  });
  return { scenario, events, matches: scenario.steps.map((s) => s.matches) };
}

/** @timestamp of an event: CloudTrail's eventTime has whole seconds. */
export function timestampOf(event: PlannedEvent): string {
  return isoMs(Math.floor(event.eventMs / 1000) * 1000);
}

export interface ScenarioSummary {
  accountId: string;
  userName: string | undefined;
  identityType: UserIdentityType;
  actions: string[];
  documents: number;
  /** Earliest and latest by event.ingested, and earliest by @timestamp. */
  first: PlannedEvent;
  last: PlannedEvent;
  earliest: PlannedEvent;
}

/** Summarises the scenario's own events (`onlyMatching`: those that match the rule's query). */
export function summarise(planned: PlannedScenario, onlyMatching: boolean): ScenarioSummary {
  const { scenario } = planned;
  const picked = planned.events.filter((_, i) => {
    const step = scenario.steps[i];
    const own = step.actor === undefined || step.actor === scenario.actor;
    return own && (!onlyMatching || planned.matches[i]);
  });
  if (picked.length === 0) throw new Error(`scenario ${scenario.name} has no events to summarise`);
  const sorted = [...picked].sort((a, b) => a.ingestedMs - b.ingestedMs);
  const actions = [
    ...new Set(
      scenario.steps
        .filter((step, i) => picked.includes(planned.events[i]) && step.call.name !== '')
        .map((step) => step.call.name),
    ),
  ];
  return {
    accountId: scenario.actor.account.id,
    userName: ecsUserName(scenario.actor),
    identityType: identityTypeOf(scenario.actor),
    actions,
    documents: picked.length,
    first: sorted[0],
    last: sorted[sorted.length - 1],
    earliest: picked.reduce((a, b) => (b.eventMs < a.eventMs ? b : a)),
  };
}
