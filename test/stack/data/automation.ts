// Principals that call the inventory APIs on a fixed schedule (asset inventory, patch reporting):
// present every day of the history, so the new-terms rule must never treat them as new.

import type { ApiCall } from './api_call';
import type { UserIdentityType } from './cloudtrail_record';
import type { PlannedEvent } from './planned_event';
import { buildRecord } from './record_builder';
import { Rng, hash32 } from './rng';
import {
  DESCRIBE_INSTANCE_PATCHES,
  GET_INVENTORY,
  GET_INVENTORY_SCHEMA,
  LIST_COMMANDS,
  LIST_INVENTORY_ENTRIES,
} from './ssm_recon_calls';
import { MINUTE, ingestLagMs } from './timing';
import { USER_AGENTS } from './user_agents';
import { principalIdFor, type Account, type Actor, type World } from './world';

interface AutomationSpec {
  name: string;
  kind: 'iam-user' | 'lambda-role' | 'ci-role' | 'ssm-service-linked-role';
  path: string;
  session?: string;
  userAgent: string;
  /** The calls of one run. */
  run: readonly ApiCall[];
}

const SPECS: readonly AutomationSpec[] = [
  {
    name: 'inventory-collector',
    kind: 'iam-user',
    path: '/service/',
    userAgent: USER_AGENTS.goSdk.original,
    run: [GET_INVENTORY, GET_INVENTORY, LIST_INVENTORY_ENTRIES, LIST_INVENTORY_ENTRIES],
  },
  {
    name: 'AssetInventorySyncRole',
    kind: 'lambda-role',
    path: '/service-role/',
    session: 'asset-inventory-sync',
    userAgent: USER_AGENTS.javaSdkLambda.original,
    run: [GET_INVENTORY_SCHEMA, GET_INVENTORY],
  },
  {
    name: 'patch-compliance-reporter',
    kind: 'ci-role',
    path: '/',
    session: 'patch-report',
    userAgent: USER_AGENTS.boto3.original,
    run: [
      DESCRIBE_INSTANCE_PATCHES,
      DESCRIBE_INSTANCE_PATCHES,
      DESCRIBE_INSTANCE_PATCHES,
      LIST_COMMANDS,
    ],
  },
  {
    // Assumption: State Manager checking on the commands it sent. Its type is AssumedRole, so the
    // rule's AWSService exclusion does not cover it; only its daily presence keeps it quiet.
    name: 'AWSServiceRoleForAmazonSSM',
    kind: 'ssm-service-linked-role',
    path: '/aws-service-role/ssm.amazonaws.com/',
    session: 'StateManagerService',
    userAgent: 'ssm.amazonaws.com',
    run: [LIST_COMMANDS],
  },
];

export interface AutomationJob {
  actor: Actor;
  identityType: UserIdentityType;
  calls: readonly ApiCall[];
  /** Runs happen at k × interval + offset. */
  offsetMs: number;
  intervalMs: number;
}

function automationActor(world: World, account: Account, spec: AutomationSpec): Actor {
  // The SSM service-linked role already exists in the world; reuse it so both share one identity.
  const existing = world.actors.find(
    (a) => a.account.id === account.id && a.principalName === spec.name,
  );
  if (existing) return existing;
  const rng = new Rng(world.seed, 'automation-actor', account.id, spec.name);
  const isUser = spec.kind === 'iam-user';
  return {
    key: `${account.id}/automation/${spec.name}`,
    kind: spec.kind,
    account,
    principalName: spec.name,
    path: spec.path,
    principalId: principalIdFor(rng, isUser ? 'AIDA' : 'AROA'),
    accessKeyId: isUser ? `AKIA${rng.upperAlnum(16)}` : undefined,
    sessionNames: spec.session ? [spec.session] : [],
    invokedBy: spec.kind === 'ssm-service-linked-role' ? 'ssm.amazonaws.com' : undefined,
    ips:
      spec.kind === 'ssm-service-linked-role'
        ? ['ssm.amazonaws.com']
        : [`10.20.${rng.int(0, 255)}.${rng.int(1, 254)}`],
    userAgents: [spec.userAgent],
    profile: 'integration',
    weight: 0,
    failureRate: 0,
  };
}

/** The scheduled jobs: `perAccount` of them in each account, rotating through the kinds. */
export function automationJobs(
  world: World,
  perAccount: number,
  intervalMinutes: number,
): AutomationJob[] {
  const jobs: AutomationJob[] = [];
  const intervalMs = intervalMinutes * 60_000;
  world.accounts.forEach((account, a) => {
    for (let i = 0; i < Math.min(perAccount, SPECS.length); i++) {
      const spec = SPECS[(a + i) % SPECS.length];
      jobs.push({
        actor: automationActor(world, account, spec),
        identityType: spec.kind === 'iam-user' ? 'IAMUser' : 'AssumedRole',
        calls: spec.run,
        offsetMs: hash32(`${world.seed}/${account.id}/${spec.name}`) % intervalMs,
        intervalMs,
      });
    }
  });
  return jobs;
}

/** Run start times of a job within [fromMs, toMs). */
export function runTimes(job: AutomationJob, fromMs: number, toMs: number): number[] {
  const times: number[] = [];
  let k = Math.ceil((fromMs - job.offsetMs) / job.intervalMs);
  for (
    let t = k * job.intervalMs + job.offsetMs;
    t < toMs;
    k++, t = k * job.intervalMs + job.offsetMs
  ) {
    times.push(t);
  }
  return times;
}

/** A run's calls are a few seconds apart; delivery adds the usual ingest lag. */
export function automationEvents(
  seed: string,
  job: AutomationJob,
  fromMs: number,
  toMs: number,
): PlannedEvent[] {
  const events: PlannedEvent[] = [];
  // A run that started up to 15 minutes earlier can still be delivered inside the range.
  for (const start of runTimes(job, fromMs - 15 * MINUTE, toMs)) {
    const runRng = new Rng(seed, 'automation-run', job.actor.key, start);
    let eventMs = start;
    job.calls.forEach((call, i) => {
      eventMs += runRng.int(1, 4) * 1000 + runRng.int(0, 999);
      const ingestedMs = eventMs + ingestLagMs(runRng);
      if (ingestedMs < fromMs || ingestedMs >= toMs) return;
      const callMs = eventMs;
      events.push({
        eventMs: callMs,
        ingestedMs,
        withIngested: true,
        flavour: 'integration',
        record: () =>
          buildRecord({
            actor: job.actor,
            call,
            eventMs: callMs,
            rng: new Rng(seed, 'automation-call', job.actor.key, start, i),
            region: job.actor.account.homeRegion,
          }),
      });
    });
  }
  return events;
}
