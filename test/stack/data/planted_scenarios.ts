// The scenarios planted in the last hours: first-time inventory reconnaissance (should alert) and
// look-alikes that must not (denied calls, AWSService and Root callers, other documents…).

import type { ApiCall } from './api_call';
import type { AutomationJob } from './automation';
import { BACKGROUND_CALLS } from './background_calls';
import { FRESH_USER_STEMS } from './names';
import { Rng } from './rng';
import type { Scenario, ScenarioStep } from './scenario';
import {
  CREATE_ASSOCIATION_GATHER,
  DESCRIBE_INSTANCE_PATCHES,
  GATHER_SOFTWARE_INVENTORY,
  GET_INVENTORY,
  GET_INVENTORY_SCHEMA,
  LIST_COMMANDS,
  LIST_INVENTORY_ENTRIES,
  createAssociation,
} from './ssm_recon_calls';
import { USER_AGENTS } from './user_agents';
import { principalIdFor, type Account, type Actor, type World } from './world';

export const RARE_VARIANTS = [
  'iam-user-cli',
  'create-association-gather',
  'instance-role-stolen-credentials',
  'new-iam-user',
  'known-name-new-account',
  'sso-readonly-console',
] as const;
export type RareVariant = (typeof RARE_VARIANTS)[number];

const recon = (call: ApiCall): ScenarioStep => ({ call, matches: true });
const other = (call: ApiCall, actor?: Actor): ScenarioStep => ({ call, matches: false, actor });

function createUserCall(userName: string, account: Account, userId: string): ApiCall {
  return {
    source: 'iam.amazonaws.com',
    name: 'CreateUser',
    readOnly: false,
    global: true,
    params: () => ({ userName }),
    response: (ctx) => ({
      user: {
        path: '/',
        userName,
        userId,
        arn: `arn:aws:iam::${account.id}:user/${userName}`,
        createDate: new Date(ctx.eventMs).toUTCString(),
      },
    }),
  };
}

/** An IAM user that did not exist before (its name never appears in the history). */
export function freshIamUser(account: Account, name: string, rng: Rng): Actor {
  return {
    key: `${account.id}/fresh/${name}`,
    kind: 'iam-user',
    account,
    principalName: name,
    path: '/',
    principalId: principalIdFor(rng, 'AIDA'),
    accessKeyId: `AKIA${rng.upperAlnum(16)}`,
    sessionNames: [],
    ips: [`203.0.113.${rng.int(1, 254)}`],
    userAgents: [USER_AGENTS.boto3Old.original],
    profile: 'human-readonly',
    weight: 0,
    failureRate: 0,
  };
}

/** Picks principals for scenarios, never the same one twice, never a scheduled automation identity. */
export class ActorPicker {
  private readonly taken = new Set<string>();

  constructor(
    private readonly world: World,
    automation: AutomationJob[],
  ) {
    for (const job of automation)
      this.taken.add(pairKey(job.actor.account.id, job.actor.principalName));
  }

  isFree(accountId: string, userName: string): boolean {
    return !this.taken.has(pairKey(accountId, userName));
  }

  claim(actor: Actor): Actor {
    this.taken.add(pairKey(actor.account.id, actor.principalName));
    return actor;
  }

  find(accountIndex: number, test: (actor: Actor) => boolean): Actor | undefined {
    const accounts = this.world.accounts;
    for (let i = 0; i < accounts.length; i++) {
      const account = accounts[(accountIndex + i) % accounts.length];
      const actor = this.world.actors.find(
        (a) => a.account === account && test(a) && this.isFree(account.id, a.principalName),
      );
      if (actor) return this.claim(actor);
    }
    return undefined;
  }

  human(accountIndex: number): Actor | undefined {
    return this.find(accountIndex, (a) => a.kind === 'iam-user' && a.path === '/');
  }
}

function pairKey(accountId: string, name: string): string {
  return `${accountId}\u0000${name}`;
}

interface PlantingContext {
  world: World;
  picker: ActorPicker;
  automation: AutomationJob[];
  rng: Rng;
}

function fresh(ctx: PlantingContext, accountIndex: number): Actor {
  const account = ctx.world.accounts[accountIndex % ctx.world.accounts.length];
  for (;;) {
    const name = `${ctx.rng.pick(FRESH_USER_STEMS)}-${ctx.rng.hex(4)}`;
    if (ctx.picker.isFree(account.id, name))
      return ctx.picker.claim(freshIamUser(account, name, ctx.rng));
  }
}

function rareScenario(ctx: PlantingContext, variant: RareVariant, n: number): Scenario {
  const base = {
    name: `rare:${variant}:${n}`,
    flavour: 'integration' as const,
    withIngested: true,
  };
  const a = n;
  switch (variant) {
    case 'iam-user-cli': {
      const actor = ctx.picker.human(a) ?? fresh(ctx, a);
      return {
        ...base,
        actor,
        userAgent: USER_AGENTS.awsCliLinux.original,
        sourceIp: actor.ips[actor.ips.length - 1],
        steps: [
          recon(GET_INVENTORY_SCHEMA),
          recon(GET_INVENTORY),
          recon(LIST_INVENTORY_ENTRIES),
          recon(LIST_INVENTORY_ENTRIES),
        ],
      };
    }
    case 'create-association-gather': {
      const actor =
        ctx.picker.find(a, (x) =>
          x.principalName.startsWith('AWSReservedSSO_AdministratorAccess'),
        ) ?? fresh(ctx, a);
      return {
        ...base,
        actor,
        userAgent: USER_AGENTS.chromeMac.original,
        steps: [
          other(BACKGROUND_CALLS.describeInstanceInformation),
          recon(
            n >= RARE_VARIANTS.length
              ? createAssociation({ document: GATHER_SOFTWARE_INVENTORY, asArn: true })
              : CREATE_ASSOCIATION_GATHER,
          ),
        ],
      };
    }
    case 'instance-role-stolen-credentials': {
      const actor = ctx.picker.find(a, (x) => x.kind === 'instance-role') ?? fresh(ctx, a);
      return {
        ...base,
        actor,
        userAgent: USER_AGENTS.boto3Old.original,
        sourceIp: `203.0.113.${ctx.rng.int(1, 254)}`,
        session: actor.sessionNames[0],
        steps: [
          other(BACKGROUND_CALLS.getCallerIdentity),
          recon(DESCRIBE_INSTANCE_PATCHES),
          recon(LIST_COMMANDS),
          recon(GET_INVENTORY),
        ],
      };
    }
    case 'known-name-new-account': {
      const named = ctx.automation.find((job) => job.actor.kind === 'iam-user');
      const target =
        named &&
        ctx.world.accounts.find(
          (acc) =>
            acc !== named.actor.account && ctx.picker.isFree(acc.id, named.actor.principalName),
        );
      if (!named || !target) return rareScenario(ctx, 'new-iam-user', n);
      const actor = ctx.picker.claim({
        ...freshIamUser(target, named.actor.principalName, ctx.rng),
        path: '/service/',
      });
      return {
        ...base,
        actor,
        userAgent: USER_AGENTS.goSdk.original,
        steps: [recon(GET_INVENTORY), recon(GET_INVENTORY)],
      };
    }
    case 'sso-readonly-console': {
      const actor =
        ctx.picker.find(a, (x) => x.principalName.startsWith('AWSReservedSSO_ReadOnlyAccess')) ??
        fresh(ctx, a);
      return {
        ...base,
        actor,
        userAgent: USER_AGENTS.chromeMac.original,
        steps: [recon(GET_INVENTORY), recon(LIST_INVENTORY_ENTRIES)],
      };
    }
    case 'new-iam-user':
    default: {
      const actor = fresh(ctx, a);
      const admin = ctx.world.actors.find(
        (x) =>
          x.account === actor.account &&
          x.principalName.startsWith('AWSReservedSSO_AdministratorAccess'),
      );
      const setup: ScenarioStep[] = admin
        ? [other(createUserCall(actor.principalName, actor.account, actor.principalId), admin)]
        : [];
      return {
        ...base,
        actor,
        steps: [
          ...setup,
          other(BACKGROUND_CALLS.getCallerIdentity),
          recon(GET_INVENTORY),
          recon(LIST_INVENTORY_ENTRIES),
          recon(LIST_INVENTORY_ENTRIES),
          recon(LIST_INVENTORY_ENTRIES),
        ],
      };
    }
  }
}

/** First-time reconnaissance scenarios, cycling through the variants. */
export function rareScenarios(
  world: World,
  automation: AutomationJob[],
  count: number,
  withoutIngested: number,
  picker?: ActorPicker,
): { rare: Scenario[]; withoutIngestedScenarios: Scenario[]; picker: ActorPicker } {
  const ctx: PlantingContext = {
    world,
    automation,
    picker: picker ?? new ActorPicker(world, automation),
    rng: new Rng(world.seed, 'rare'),
  };
  const rare = Array.from({ length: count }, (_, n) =>
    rareScenario(ctx, RARE_VARIANTS[n % RARE_VARIANTS.length], n),
  );
  const withoutIngestedScenarios = Array.from({ length: withoutIngested }, (_, n) => ({
    ...rareScenario(ctx, 'iam-user-cli', count + n),
    name: `rare-without-ingested:${n}`,
    withIngested: false,
  }));
  return { rare, withoutIngestedScenarios, picker: ctx.picker };
}

export interface DecoyScenario {
  reason:
    | 'denied'
    | 'aws-service'
    | 'other-document'
    | 'root-no-user-name'
    | 'near-miss-action'
    | 'filebeat';
  scenario: Scenario;
}

/** Look-alikes of reconnaissance the rule must ignore. */
export function decoyScenarios(
  world: World,
  automation: AutomationJob[],
  picker: ActorPicker,
  withFilebeat: boolean,
): DecoyScenario[] {
  const ctx: PlantingContext = { world, automation, picker, rng: new Rng(world.seed, 'decoys') };
  const base = { flavour: 'integration' as const, withIngested: true };
  const decoys: DecoyScenario[] = [];
  const denied = picker.human(1) ?? fresh(ctx, 1);
  decoys.push({
    reason: 'denied',
    scenario: {
      ...base,
      name: 'decoy:denied',
      actor: denied,
      steps: [
        { call: LIST_INVENTORY_ENTRIES, fail: true, matches: false },
        { call: GET_INVENTORY, fail: true, matches: false },
      ],
    },
  });
  const account = world.accounts[0];
  const configService: Actor = {
    key: `${account.id}/aws-service/config.amazonaws.com`,
    kind: 'aws-service',
    account,
    principalName: 'config.amazonaws.com',
    path: '/',
    principalId: '',
    sessionNames: [],
    invokedBy: 'config.amazonaws.com',
    ips: ['config.amazonaws.com'],
    userAgents: ['config.amazonaws.com'],
    profile: 'aws-service',
    weight: 0,
    failureRate: 0,
  };
  decoys.push({
    reason: 'aws-service',
    scenario: {
      ...base,
      name: 'decoy:aws-service',
      actor: configService,
      steps: [other(LIST_INVENTORY_ENTRIES), other(GET_INVENTORY)],
    },
  });
  const patcher = picker.human(2) ?? fresh(ctx, 2);
  decoys.push({
    reason: 'other-document',
    scenario: {
      ...base,
      name: 'decoy:other-document',
      actor: patcher,
      userAgent: USER_AGENTS.chromeMac.original,
      steps: [other(createAssociation({ document: 'AWS-RunPatchBaseline' }))],
    },
  });
  const root = world.actors.find((a) => a.kind === 'root');
  if (root) {
    decoys.push({
      reason: 'root-no-user-name',
      scenario: {
        ...base,
        name: 'decoy:root',
        actor: root,
        steps: [other(GET_INVENTORY), other(LIST_INVENTORY_ENTRIES)],
      },
    });
  }
  const cousin = picker.human(0) ?? fresh(ctx, 0);
  decoys.push({
    reason: 'near-miss-action',
    scenario: {
      ...base,
      name: 'decoy:near-miss',
      actor: cousin,
      steps: [
        other(BACKGROUND_CALLS.describeInstancePatchStates),
        other(BACKGROUND_CALLS.listCommandInvocations),
        other(BACKGROUND_CALLS.getDocument),
      ],
    },
  });
  if (withFilebeat) {
    const legacy = picker.human(1) ?? fresh(ctx, 1);
    decoys.push({
      reason: 'filebeat',
      scenario: {
        ...base,
        flavour: 'filebeat',
        name: 'decoy:filebeat',
        actor: legacy,
        steps: [other(GET_INVENTORY), other(LIST_INVENTORY_ENTRIES)],
      },
    });
  }
  return decoys;
}

/** The live trickle's reconnaissance for time slot `slot`: a brand-new IAM user in some account. */
export function liveReconScenario(world: World, slot: number): Scenario {
  const rng = new Rng(world.seed, 'live-recon', slot);
  const account = rng.pick(world.accounts);
  const actor = freshIamUser(account, `${rng.pick(FRESH_USER_STEMS)}-${slot.toString(36)}`, rng);
  const gather = rng.chance(0.25);
  return {
    name: `live:${slot}`,
    actor,
    flavour: 'integration',
    withIngested: true,
    userAgent: rng.pick([USER_AGENTS.boto3Old.original, USER_AGENTS.awsCliMac.original]),
    steps: gather
      ? [other(BACKGROUND_CALLS.getCallerIdentity), recon(CREATE_ASSOCIATION_GATHER)]
      : [
          other(BACKGROUND_CALLS.getCallerIdentity),
          recon(GET_INVENTORY),
          recon(rng.pick([LIST_INVENTORY_ENTRIES, DESCRIBE_INSTANCE_PATCHES, LIST_COMMANDS])),
        ],
  };
}
