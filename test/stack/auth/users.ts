// The demo users of the test stack, shared by the emulated Kibana and the Elasticsearch compatibility proxy: one
// password, one API key each, their Kibana feature privileges and the Elasticsearch role that decides what they read.

/** `actions-read`: read of Kibana's Actions and Connectors feature (listing the space's connectors). */
export type KibanaPrivilege =
  'rules-read' | 'rules-all' | 'alerts-read' | 'alerts-all' | 'actions-read';

export const ALL_PRIVILEGES: readonly KibanaPrivilege[] = [
  'rules-read',
  'rules-all',
  'alerts-read',
  'alerts-all',
  'actions-read',
];

/** Elasticsearch index privileges this stack distinguishes: `read` (search, count, field_caps, resolve) and `write`. */
export type IndexPrivilege = 'read' | 'write' | 'all';

/** One `indices` entry of an Elasticsearch role: patterns (`*` wildcards) and what they grant. */
export interface IndexPrivilegeGroup {
  names: readonly string[];
  privileges: readonly IndexPrivilege[];
}

/** What Elasticsearch security knows of a user: role names (for its messages) and what the roles grant. */
export interface ElasticsearchRole {
  roles: readonly string[];
  /** `superuser`: every cluster and index action, on every index. */
  superuser: boolean;
  indices: readonly IndexPrivilegeGroup[];
}

export interface EmulatorUser {
  username: string;
  password: string;
  privileges: ReadonlySet<KibanaPrivilege>;
  elasticsearch: ElasticsearchRole;
  /** Whether this user's key may read documents of an index pattern or concrete index. */
  canRead(index: string): boolean;
}

export interface ApiKeyConfig {
  id: string;
  key: string;
  username: string;
}

export const DEMO_PASSWORD = 'changeme';

/** Kibana's security alerts: the space aliases and the concrete indices behind them. */
export const ALERTS_INDEX_PATTERNS = [
  '.alerts-security.alerts-*',
  '.internal.alerts-security.alerts-*',
] as const;

/** Elasticsearch's index name patterns: `*` matches any run of characters, everything else itself. */
export function matchesIndexPattern(pattern: string, name: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(name);
}

/**
 * Whether every name `requested` can match is also matched by `granted`, as `_has_privileges` answers for a
 * requested pattern: the request read as text (its `*` literal) must match the grant, where `*` matches any run.
 * Exact for this stack's patterns (literal text around `*`s).
 */
export function patternCovers(granted: string, requested: string): boolean {
  return matchesIndexPattern(granted, requested);
}

export function hasIndexPrivilege(
  role: ElasticsearchRole,
  name: string,
  privilege: 'read' | 'write',
  match: (granted: string, name: string) => boolean = matchesIndexPattern,
): boolean {
  if (role.superuser) return true;
  return role.indices.some(
    (group) =>
      (group.privileges.includes(privilege) || group.privileges.includes('all')) &&
      group.names.some((granted) => match(granted, name)),
  );
}

const SUPERUSER: ElasticsearchRole = { roles: ['superuser'], superuser: true, indices: [] };

/** Reads the logs (the rule's patterns: Fleet's `logs-*` and Filebeat's) and Kibana's alerts. */
const LOGS_AND_ALERTS_READ: IndexPrivilegeGroup = {
  names: ['logs-*', 'filebeat-*', ...ALERTS_INDEX_PATTERNS],
  privileges: ['read'],
};

/**
 * A SOC analyst, as Kibana's analyst roles grant it: reads the logs and the alerts and may write the alerts
 * (their workflow status), but may not change rules.
 */
const ANALYST: ElasticsearchRole = {
  roles: ['ssm_recon_analyst'],
  superuser: false,
  indices: [LOGS_AND_ALERTS_READ, { names: [...ALERTS_INDEX_PATTERNS], privileges: ['write'] }],
};

/** Reads everything the analyst reads and may change nothing (Kibana's built-in `viewer` role, for these indices). */
const VIEWER: ElasticsearchRole = {
  roles: ['viewer'],
  superuser: false,
  indices: [LOGS_AND_ALERTS_READ],
};

/** Kibana's alerts only (read and triage): its rules run with a key that cannot see the logs they search. */
const NOLOGS: ElasticsearchRole = {
  roles: ['ssm_recon_alerts_only'],
  superuser: false,
  indices: [{ names: [...ALERTS_INDEX_PATTERNS], privileges: ['read', 'write'] }],
};

function user(
  username: string,
  privileges: readonly KibanaPrivilege[],
  elasticsearch: ElasticsearchRole,
): EmulatorUser {
  return {
    username,
    password: DEMO_PASSWORD,
    privileges: new Set(privileges),
    elasticsearch,
    canRead: (index) => hasIndexPrivilege(elasticsearch, index, 'read', patternCovers),
  };
}

export function demoUsers(): EmulatorUser[] {
  return [
    user('elastic', ALL_PRIVILEGES, SUPERUSER),
    user('analyst', ['rules-read', 'alerts-read', 'alerts-all'], ANALYST),
    user('nologs', ALL_PRIVILEGES, NOLOGS),
    user('viewer', ['rules-read', 'alerts-read'], VIEWER),
  ];
}

/** One API key per demo user: id `<user>-key`, secret `<user>-secret`. */
export function demoApiKeys(): ApiKeyConfig[] {
  return demoUsers().map((user) => ({
    id: `${user.username}-key`,
    key: `${user.username}-secret`,
    username: user.username,
  }));
}

/** The `Authorization` header value for an API key, as Elasticsearch encodes it. */
export function apiKeyAuthorization(id: string, key: string): string {
  return `ApiKey ${Buffer.from(`${id}:${key}`).toString('base64')}`;
}

export function basicAuthorization(username: string, password = DEMO_PASSWORD): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/** Who an `Authorization` header names, and whether its secret is right: shared by both authenticators. */
export type Credentials =
  | { scheme: 'basic'; principal: string; user?: EmulatorUser }
  | { scheme: 'apikey'; principal: string; user?: EmulatorUser }
  | { scheme: 'none' | 'other'; principal: string; user?: undefined };

export function readCredentials(
  authorization: string | undefined,
  users: readonly EmulatorUser[],
  apiKeys: readonly ApiKeyConfig[],
): Credentials {
  if (!authorization) return { scheme: 'none', principal: '' };
  const [scheme, token = ''] = authorization.trim().split(/\s+/, 2);
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const [left, right] =
    colon < 0 ? [decoded, ''] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
  if (/^basic$/i.test(scheme)) {
    const found = users.find((candidate) => candidate.username === left);
    return {
      scheme: 'basic',
      principal: left,
      user: found && found.password === right ? found : undefined,
    };
  }
  if (/^apikey$/i.test(scheme)) {
    const config = apiKeys.find((candidate) => candidate.id === left && candidate.key === right);
    return {
      scheme: 'apikey',
      principal: left,
      user: config && users.find((candidate) => candidate.username === config.username),
    };
  }
  return { scheme: 'other', principal: '' };
}
