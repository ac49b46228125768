// Options of the CloudTrail data generator, their defaults, named presets and validation.

export interface GeneratorOptions {
  /** Everything is derived from this string: the same seed and options give the same documents. */
  seed: string;
  /** The generator's "now" (ms, ISO string or Date): history ends here, nothing is ingested later. */
  now: number | string | Date;
  /** Days of history before `now`. The rule's history window is 10 days; fewer means a thin baseline. */
  days: number;
  /** Background events per 24 hours (exact). */
  eventsPerDay: number;
  accounts: number;
  /** IAM users (people) per account; SSO roles, CI, instance, Lambda and service principals come on top. */
  usersPerAccount: number;
  /** data_stream.namespace: documents go to logs-aws.cloudtrail-<namespace>. */
  namespace: string;
  /** (account, user) pairs that run inventory reconnaissance for the first time in the last hours. */
  rareRecon: number;
  /** The planted first-time reconnaissance happens within this many hours before `now`. */
  rareWindowHours: number;
  /** Extra first-time reconnaissance pairs whose documents lack event.ingested. */
  rareWithoutIngested: number;
  /** Principals per account that call the inventory APIs on a schedule throughout the history. */
  automationPerAccount: number;
  automationIntervalMinutes: number;
  /** Plant look-alikes the rule must not alert on (denied calls, AWSService, Root, other documents…). */
  decoys: boolean;
  /** Share (0–1) of background documents without event.ingested (indexed outside Fleet). */
  missingIngestedShare: number;
  /** Share (0–1) of background documents written in legacy Filebeat shape to filebeat-<version>. */
  filebeatShare: number;
  filebeatVersion: string;
  /** Keep aws.cloudtrail.flattened.* copies, as the integration does by default. */
  flattened: boolean;
  /** Keep event.original (the integration's preserve_original_event). */
  preserveOriginal: boolean;
}

export interface ResolvedOptions extends Omit<GeneratorOptions, 'now'> {
  nowMs: number;
}

export const DEFAULT_GENERATOR_OPTIONS: Omit<GeneratorOptions, 'now'> = {
  seed: 'ssm-recon',
  days: 14,
  eventsPerDay: 2000,
  accounts: 3,
  usersPerAccount: 8,
  namespace: 'default',
  rareRecon: 4,
  rareWindowHours: 3,
  rareWithoutIngested: 1,
  automationPerAccount: 2,
  automationIntervalMinutes: 60,
  decoys: true,
  missingIngestedShare: 0,
  filebeatShare: 0,
  filebeatVersion: '8.17.0',
  flattened: true,
  preserveOriginal: false,
};

/** Named option sets for the scenarios the tests and the sandbox use. */
export const GENERATOR_PRESETS = {
  /** A realistic cluster: two weeks of history, a few first-time reconnaissance users. */
  standard: {},
  /** A cluster that started collecting 3 days ago: every user looks new to a 10-day window. */
  shortHistory: { days: 3 },
  /** Some documents reach the cluster without Fleet, so without event.ingested. */
  partialIngested: { missingIngestedShare: 0.05 },
  /** A cluster that also has the legacy Filebeat module writing CloudTrail to filebeat-*. */
  legacyFilebeat: { filebeatShare: 0.3 },
  /** 2 million documents for the bulk benchmark (10 days × 200 000). */
  bench2m: { days: 10, eventsPerDay: 200_000, accounts: 8, usersPerAccount: 20 },
} satisfies Record<string, Partial<GeneratorOptions>>;

function toMs(now: number | string | Date): number {
  const ms = typeof now === 'number' ? now : new Date(now).getTime();
  if (!Number.isFinite(ms)) throw new Error(`invalid "now": ${String(now)}`);
  return ms;
}

function requireInteger(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be an integer >= ${min}, got ${value}`);
}

function requireShare(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new Error(`${name} must be between 0 and 1, got ${value}`);
}

export function resolveOptions(options: Partial<GeneratorOptions>): ResolvedOptions {
  const { now, ...rest } = options;
  const merged = { ...DEFAULT_GENERATOR_OPTIONS, ...rest };
  requireInteger('days', merged.days, 1);
  requireInteger('eventsPerDay', merged.eventsPerDay, 0);
  requireInteger('accounts', merged.accounts, 1);
  requireInteger('usersPerAccount', merged.usersPerAccount, 2);
  requireInteger('rareRecon', merged.rareRecon, 0);
  requireInteger('rareWithoutIngested', merged.rareWithoutIngested, 0);
  requireInteger('automationPerAccount', merged.automationPerAccount, 0);
  requireInteger('automationIntervalMinutes', merged.automationIntervalMinutes, 1);
  requireShare('missingIngestedShare', merged.missingIngestedShare);
  requireShare('filebeatShare', merged.filebeatShare);
  if (!(merged.rareWindowHours > 0 && merged.rareWindowHours <= merged.days * 24)) {
    throw new Error('rareWindowHours must be positive and within the history');
  }
  if (!/^[a-z0-9_]+$/.test(merged.namespace))
    throw new Error(`invalid namespace "${merged.namespace}"`);
  return { ...merged, nowMs: toMs(now ?? Date.now()) };
}

export function cloudTrailIndex(namespace: string): string {
  return `logs-aws.cloudtrail-${namespace}`;
}

export function filebeatIndex(version: string): string {
  return `filebeat-${version}`;
}
