// Demo users of the emulated Kibana and what each may do: Kibana feature privileges plus which
// Elasticsearch indices the user's API key can read (rules run with the key of their last editor).

export type KibanaPrivilege = 'rules-read' | 'rules-all' | 'alerts-read' | 'alerts-all';

export const ALL_PRIVILEGES: readonly KibanaPrivilege[] = [
  'rules-read',
  'rules-all',
  'alerts-read',
  'alerts-all',
];

export interface EmulatorUser {
  username: string;
  password: string;
  privileges: ReadonlySet<KibanaPrivilege>;
  /** Whether this user's key may read documents of an index pattern or concrete index. */
  canRead(index: string): boolean;
}

export interface ApiKeyConfig {
  id: string;
  key: string;
  username: string;
}

export const DEMO_PASSWORD = 'changeme';

const readsEverything = (): boolean => true;
/** Only Kibana's alerts indices: the `nologs` user's key cannot see the logs its rules search. */
const readsOnlyAlerts = (index: string): boolean =>
  index.startsWith('.alerts-') || index.startsWith('.internal.alerts-');

export function demoUsers(): EmulatorUser[] {
  return [
    {
      username: 'elastic',
      password: DEMO_PASSWORD,
      privileges: new Set(ALL_PRIVILEGES),
      canRead: readsEverything,
    },
    {
      username: 'analyst',
      password: DEMO_PASSWORD,
      privileges: new Set<KibanaPrivilege>(['rules-read', 'alerts-read']),
      canRead: readsEverything,
    },
    {
      username: 'nologs',
      password: DEMO_PASSWORD,
      privileges: new Set(ALL_PRIVILEGES),
      canRead: readsOnlyAlerts,
    },
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
