// The simulated AWS organisation: accounts, their principals (people, roles, services) and how each
// behaves. Built deterministically from the seed so the bulk load and the live trickle agree.

import { FIRST_NAMES, LAST_NAMES, ACCOUNT_ALIASES, SERVICE_IAM_USERS, ORG_DOMAIN } from './names';
import { OFFICE_IPS } from './geo_sites';
import { Rng } from './rng';
import { USER_AGENTS } from './user_agents';

export interface Account {
  id: string;
  alias: string;
  homeRegion: string;
  regions: string[];
  /** EC2 instance ids that API parameters refer to. */
  instanceIds: string[];
}

export type ActorKind =
  | 'iam-user'
  | 'sso-role'
  | 'ci-role'
  | 'instance-role'
  | 'lambda-role'
  | 'ssm-service-linked-role'
  | 'aws-service'
  | 'root';

/** Which mix of API calls an actor makes (see activity_profiles.ts). */
export type ProfileName =
  | 'human-admin'
  | 'human-developer'
  | 'human-readonly'
  | 'integration'
  | 'ci'
  | 'instance'
  | 'lambda'
  | 'ssm-service'
  | 'aws-service'
  | 'root';

export interface Actor {
  key: string;
  kind: ActorKind;
  account: Account;
  /** IAM user or role name, or the service principal for AWSService callers. */
  principalName: string;
  /** IAM path for roles ("/aws-reserved/sso.amazonaws.com/"), "/" otherwise. */
  path: string;
  /** AIDA…/AROA… id (account id for Root). */
  principalId: string;
  /** Long-lived key for IAM users using the CLI or SDKs. */
  accessKeyId?: string;
  /** Role session names (AssumedRole only): people's e-mails, instance ids, function names… */
  sessionNames: string[];
  invokedBy?: string;
  ips: string[];
  userAgents: string[];
  profile: ProfileName;
  /** Relative share of background traffic. */
  weight: number;
  failureRate: number;
}

export interface WorldOptions {
  seed: string;
  accounts: number;
  usersPerAccount: number;
}

export interface World {
  seed: string;
  accounts: Account[];
  actors: Actor[];
  /** People's e-mail addresses (SSO session names). */
  people: string[];
}

const REGION_SETS = [
  ['us-east-1', 'us-west-2'],
  ['eu-west-1', 'eu-central-1'],
  ['us-east-1'],
  ['us-east-2', 'us-east-1'],
  ['ap-southeast-2'],
];

function pickSome<T>(rng: Rng, items: readonly T[], max: number): T[] {
  const chosen = items.filter(() => rng.chance(0.5)).slice(0, max);
  return chosen.length > 0 ? chosen : [items[0]];
}

function accountId(rng: Rng): string {
  return `${rng.int(1, 9)}${String(rng.int(0, 99_999_999_999)).padStart(11, '0')}`;
}

function instanceId(rng: Rng): string {
  return `i-0${rng.hex(16)}`;
}

function testNetIp(rng: Rng, prefix: '192.0.2' | '198.51.100' | '203.0.113'): string {
  return `${prefix}.${rng.int(1, 254)}`;
}

function privateIp(rng: Rng): string {
  return `10.${rng.int(0, 40)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** Everything AWS calls a principal id: a prefix and 17 upper-case alphanumerics. */
export function principalIdFor(rng: Rng, prefix: 'AIDA' | 'AROA'): string {
  return `${prefix}${rng.upperAlnum(17)}`;
}

export function buildWorld(options: WorldOptions): World {
  const rng = new Rng(options.seed, 'world');
  const peopleCount = Math.max(4, options.usersPerAccount + 4);
  const people: string[] = [];
  const used = new Set<string>();
  while (people.length < peopleCount) {
    const base = `${rng.pick(FIRST_NAMES)}.${rng.pick(LAST_NAMES)}`;
    if (used.has(base)) continue;
    used.add(base);
    people.push(base);
  }
  const emails = people.map((p) => `${p}@${ORG_DOMAIN}`);
  const homeIps = people.map(() => testNetIp(rng, '203.0.113'));

  const accounts: Account[] = [];
  const actors: Actor[] = [];
  const seenIds = new Set<string>();
  for (let a = 0; a < options.accounts; a++) {
    let id = accountId(rng);
    while (seenIds.has(id)) id = accountId(rng);
    seenIds.add(id);
    const regions = REGION_SETS[a % REGION_SETS.length];
    const alias =
      a < ACCOUNT_ALIASES.length
        ? ACCOUNT_ALIASES[a]
        : `${ACCOUNT_ALIASES[a % ACCOUNT_ALIASES.length]}-${a}`;
    const account: Account = {
      id,
      alias,
      homeRegion: regions[0],
      regions,
      instanceIds: Array.from({ length: rng.int(6, 18) }, () => instanceId(rng)),
    };
    accounts.push(account);
    actors.push(...accountActors(rng, account, options, people, emails, homeIps));
  }
  return { seed: options.seed, accounts, actors, people: emails };
}

function accountActors(
  rng: Rng,
  account: Account,
  options: WorldOptions,
  people: string[],
  emails: string[],
  homeIps: string[],
): Actor[] {
  const actors: Actor[] = [];
  const add = (actor: Omit<Actor, 'key' | 'account'>): void => {
    actors.push({ ...actor, key: `${account.id}/${actor.kind}/${actor.principalName}`, account });
  };
  const humanProfiles: ProfileName[] = ['human-developer', 'human-admin', 'human-readonly'];
  // IAM users: a slice of the people (each account has its own IAM users), then service users.
  const offset = rng.int(0, people.length - 1);
  for (let u = 0; u < options.usersPerAccount; u++) {
    const p = (offset + u) % people.length;
    add({
      kind: 'iam-user',
      principalName: people[p],
      path: '/',
      principalId: principalIdFor(rng, 'AIDA'),
      accessKeyId: `AKIA${rng.upperAlnum(16)}`,
      sessionNames: [],
      ips: [rng.pick(OFFICE_IPS), homeIps[p]],
      userAgents: [
        rng.pick([USER_AGENTS.awsCliLinux.original, USER_AGENTS.awsCliMac.original]),
        USER_AGENTS.chromeMac.original,
        USER_AGENTS.cloudShell.original,
      ],
      profile: humanProfiles[u % humanProfiles.length],
      weight: 1,
      failureRate: 0.04,
    });
  }
  for (const name of SERVICE_IAM_USERS.slice(0, 2 + (account.id.charCodeAt(11) % 3))) {
    add({
      kind: 'iam-user',
      principalName: name,
      path: '/service/',
      principalId: principalIdFor(rng, 'AIDA'),
      accessKeyId: `AKIA${rng.upperAlnum(16)}`,
      sessionNames: [],
      ips: [testNetIp(rng, '198.51.100')],
      userAgents: [USER_AGENTS.goSdk.original, USER_AGENTS.boto3.original],
      profile: 'integration',
      weight: 1.5,
      failureRate: 0.02,
    });
  }
  const sso: Array<[string, ProfileName]> = [
    ['AdministratorAccess', 'human-admin'],
    ['PowerUserAccess', 'human-developer'],
    ['ReadOnlyAccess', 'human-readonly'],
  ];
  for (const [permissionSet, profile] of sso) {
    add({
      kind: 'sso-role',
      principalName: `AWSReservedSSO_${permissionSet}_${rng.hex(16)}`,
      path: `/aws-reserved/sso.amazonaws.com/`,
      principalId: principalIdFor(rng, 'AROA'),
      sessionNames: pickSome(rng, emails, 8),
      ips: [...OFFICE_IPS, ...homeIps.slice(0, 4)],
      userAgents: [USER_AGENTS.chromeMac.original, USER_AGENTS.awsCliMac.original],
      profile,
      weight: 3,
      failureRate: 0.05,
    });
  }
  add({
    kind: 'ci-role',
    principalName: 'github-actions-deploy',
    path: '/',
    principalId: principalIdFor(rng, 'AROA'),
    sessionNames: ['GitHubActions'],
    ips: [testNetIp(rng, '198.51.100'), testNetIp(rng, '198.51.100')],
    userAgents: [USER_AGENTS.nodeSdkLambda.original, USER_AGENTS.awsCliLinux.original],
    profile: 'ci',
    weight: 4,
    failureRate: 0.02,
  });
  add({
    kind: 'ci-role',
    principalName: 'terraform-apply',
    path: '/',
    principalId: principalIdFor(rng, 'AROA'),
    sessionNames: ['terraform-run'],
    ips: [testNetIp(rng, '198.51.100')],
    userAgents: [USER_AGENTS.terraform.original],
    profile: 'ci',
    weight: 2,
    failureRate: 0.03,
  });
  for (const role of ['web-ec2-role', 'batch-worker-role']) {
    add({
      kind: 'instance-role',
      principalName: role,
      path: '/',
      principalId: principalIdFor(rng, 'AROA'),
      sessionNames: account.instanceIds.filter(
        (_, i) => i % 2 === (role === 'web-ec2-role' ? 0 : 1),
      ),
      ips: account.instanceIds.map(() => privateIp(rng)),
      userAgents: [USER_AGENTS.ssmAgent.original, USER_AGENTS.boto3.original],
      profile: 'instance',
      weight: 14,
      failureRate: 0.01,
    });
  }
  for (const fn of ['orders-api', 'log-shipper']) {
    add({
      kind: 'lambda-role',
      principalName: `${fn}-lambda-role`,
      path: '/service-role/',
      principalId: principalIdFor(rng, 'AROA'),
      sessionNames: [fn],
      ips: [testNetIp(rng, '192.0.2')],
      userAgents: [USER_AGENTS.nodeSdkLambda.original, USER_AGENTS.javaSdkLambda.original],
      profile: 'lambda',
      weight: 6,
      failureRate: 0.01,
    });
  }
  add({
    kind: 'ssm-service-linked-role',
    principalName: 'AWSServiceRoleForAmazonSSM',
    path: '/aws-service-role/ssm.amazonaws.com/',
    principalId: principalIdFor(rng, 'AROA'),
    sessionNames: ['StateManagerService'],
    invokedBy: 'ssm.amazonaws.com',
    ips: ['ssm.amazonaws.com'],
    userAgents: ['ssm.amazonaws.com'],
    profile: 'ssm-service',
    weight: 1,
    failureRate: 0,
  });
  for (const service of [
    'ec2.amazonaws.com',
    'lambda.amazonaws.com',
    'cloudtrail.amazonaws.com',
    's3.amazonaws.com',
  ]) {
    add({
      kind: 'aws-service',
      principalName: service,
      path: '/',
      principalId: '',
      sessionNames: [],
      invokedBy: service,
      ips: [service],
      userAgents: [service],
      profile: 'aws-service',
      weight: 2.5,
      failureRate: 0,
    });
  }
  add({
    kind: 'root',
    principalName: 'root',
    path: '/',
    principalId: account.id,
    sessionNames: [],
    ips: [OFFICE_IPS[0]],
    userAgents: [USER_AGENTS.chromeMac.original],
    profile: 'root',
    weight: 0.02,
    failureRate: 0.1,
  });
  return actors;
}

/** ECS user.name for an actor, as the pipeline derives it (none for AWSService and Root). */
export function ecsUserName(actor: Actor): string | undefined {
  if (actor.kind === 'aws-service' || actor.kind === 'root') return undefined;
  return actor.principalName;
}
