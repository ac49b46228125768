// Elasticsearch security as the compatibility proxy plays it for the demo users: who is calling (401 in
// Elasticsearch's shape otherwise), which REST requests are index reads and on what, and the answers of the
// security APIs the stack uses (`_security/_authenticate`, `_security/user/_has_privileges`).
import {
  demoApiKeys,
  demoUsers,
  hasIndexPrivilege,
  patternCovers,
  readCredentials,
  type ApiKeyConfig,
  type EmulatorUser,
} from './users';

export interface SecurityAnswer {
  status: number;
  headers: Record<string, string | string[]>;
  body: unknown;
}

/** Elasticsearch's challenge: one `WWW-Authenticate` header per realm scheme it accepts. */
const CHALLENGES = ['Basic realm="security", charset="UTF-8"', 'ApiKey'];

/** The user table the proxy authenticates against: the emulator's demo users and their API keys. */
export interface UserTable {
  users: readonly EmulatorUser[];
  apiKeys: readonly ApiKeyConfig[];
}

export function demoUserTable(): UserTable {
  return { users: demoUsers(), apiKeys: demoApiKeys() };
}

export type Authentication =
  | { ok: true; user: EmulatorUser; viaApiKey: ApiKeyConfig | undefined }
  | { ok: false; answer: SecurityAnswer };

/** `uri` is the request line's target (path and query), as Elasticsearch quotes it in its 401 reason. */
export function authenticate(
  table: UserTable,
  authorization: string | undefined,
  uri: string,
): Authentication {
  const credentials = readCredentials(authorization, table.users, table.apiKeys);
  if (credentials.user) {
    const viaApiKey =
      credentials.scheme === 'apikey'
        ? table.apiKeys.find((key) => key.id === credentials.principal)
        : undefined;
    return { ok: true, user: credentials.user, viaApiKey };
  }
  const reason =
    credentials.scheme === 'basic'
      ? `unable to authenticate user [${credentials.principal}] for REST request [${uri}]`
      : credentials.scheme === 'apikey'
        ? 'unable to authenticate with provided credentials and anonymous access is not allowed for this request'
        : `missing authentication credentials for REST request [${uri}]`;
  const error = { type: 'security_exception', reason, header: { 'WWW-Authenticate': CHALLENGES } };
  return {
    ok: false,
    answer: {
      status: 401,
      headers: { 'www-authenticate': CHALLENGES },
      body: { error: { root_cause: [error], ...error }, status: 401 },
    },
  };
}

/** The 403 body Elasticsearch answers for an action the user's roles do not grant. */
export function forbiddenBody(reason: string): { error: Record<string, unknown>; status: 403 } {
  const error = { type: 'security_exception', reason };
  return { error: { root_cause: [error], ...error }, status: 403 };
}

export function unauthorizedActionReason(
  user: EmulatorUser,
  action: string,
  indices?: readonly string[],
  grantedBy = 'read,all',
): string {
  const roles = user.elasticsearch.roles.join(',');
  const base = `action [${action}] is unauthorized for user [${user.username}] with effective roles [${roles}]`;
  return indices === undefined
    ? base
    : `${base} on indices [${indices.join(',')}], this action is granted by the index privileges [${grantedBy}]`;
}

/** What a REST request is, for authorisation. */
export type RestRequestKind =
  /** Any authenticated user (the demo roles grant `cluster:monitor/main`). */
  | { kind: 'open' }
  | { kind: 'authenticate' }
  | { kind: 'has_privileges' }
  /** An index read: `indexSegment` is the path segment (position) holding the index expression. */
  | {
      kind: 'index_read';
      action: string;
      expression: string;
      /** Where the expression sits in the path's segments; -1 when the path has none (all indices). */
      segment: number;
      /** Elasticsearch's default `ignore_unavailable` for this action. */
      ignoreUnavailableDefault: boolean;
    }
  | { kind: 'msearch'; expression: string | undefined }
  /** A bulk request on one named index (`<index>/_bulk`): granted by the `write` index privilege on it. */
  | { kind: 'index_bulk'; index: string }
  /** Anything else: superusers only. */
  | { kind: 'other'; action: string };

const READ_ENDPOINTS: Record<string, string> = {
  _search: 'indices:data/read/search',
  _count: 'indices:data/read/search',
  _field_caps: 'indices:data/read/field_caps',
};

/** Classifies a request by method and path (without the query string). */
export function classifyRequest(method: string, pathname: string): RestRequestKind {
  const segments = pathname.split('/').filter((segment) => segment.length > 0);
  if (segments.length === 0)
    return method === 'GET' || method === 'HEAD' ? { kind: 'open' } : other(method, segments);
  if (segments[0] === '_security') {
    if (segments[1] === '_authenticate') return { kind: 'authenticate' };
    if (segments[1] === 'user' && segments.at(-1) === '_has_privileges') {
      return { kind: 'has_privileges' };
    }
  }
  if (segments[0] === '_resolve' && segments[1] === 'index' && segments.length === 3) {
    return {
      kind: 'index_read',
      action: 'indices:admin/resolve/index',
      expression: decodeURIComponent(segments[2]),
      segment: 2,
      ignoreUnavailableDefault: false,
    };
  }
  if (
    (method === 'POST' || method === 'PUT') &&
    segments.length === 2 &&
    segments[1] === '_bulk' &&
    !segments[0].startsWith('_') &&
    !/[*,]/.test(decodeURIComponent(segments[0]))
  ) {
    return { kind: 'index_bulk', index: decodeURIComponent(segments[0]) };
  }
  if (method === 'GET' || method === 'POST') {
    if (segments.length === 1 && segments[0] === '_msearch') {
      return { kind: 'msearch', expression: undefined };
    }
    if (segments.length === 2 && segments[1] === '_msearch' && !segments[0].startsWith('_')) {
      return { kind: 'msearch', expression: decodeURIComponent(segments[0]) };
    }
    const last = segments.at(-1) ?? '';
    const action = READ_ENDPOINTS[last];
    if (action && segments.length === 1) {
      return {
        kind: 'index_read',
        action,
        expression: '_all',
        segment: -1,
        ignoreUnavailableDefault: false,
      };
    }
    if (action && segments.length === 2 && !segments[0].startsWith('_')) {
      return {
        kind: 'index_read',
        action,
        expression: decodeURIComponent(segments[0]),
        segment: 0,
        ignoreUnavailableDefault: false,
      };
    }
  }
  return other(method, segments);
}

function other(method: string, segments: string[]): RestRequestKind {
  const endpoint = segments.find((segment) => segment.startsWith('_')) ?? '';
  const write: Record<string, string> = {
    _bulk: 'indices:data/write/bulk',
    _doc: 'indices:data/write/index',
    _create: 'indices:data/write/index',
    _update: 'indices:data/write/update',
    _update_by_query: 'indices:data/write/update/byquery',
    _delete_by_query: 'indices:data/write/delete/byquery',
    _mapping: method === 'GET' ? 'indices:admin/mappings/get' : 'indices:admin/mapping/put',
  };
  const fallback =
    segments.length > 0 && !segments[0].startsWith('_')
      ? method === 'DELETE'
        ? 'indices:admin/delete'
        : method === 'PUT'
          ? 'indices:admin/create'
          : 'indices:admin/get'
      : `cluster:admin${endpoint ? `/${endpoint.slice(1)}` : ''}`;
  return { kind: 'other', action: write[endpoint] ?? fallback };
}

/** The `_security/_authenticate` answer for the caller. */
export function authenticateAnswer(
  user: EmulatorUser,
  viaApiKey: ApiKeyConfig | undefined,
): Record<string, unknown> {
  const realm = viaApiKey
    ? { name: '_es_api_key', type: '_es_api_key' }
    : { name: 'default_native', type: 'native' };
  return {
    username: user.username,
    roles: [...user.elasticsearch.roles],
    full_name: null,
    email: null,
    metadata: {},
    enabled: true,
    authentication_realm: realm,
    lookup_realm: realm,
    authentication_type: viaApiKey ? 'api_key' : 'realm',
    ...(viaApiKey ? { api_key: { id: viaApiKey.id, name: viaApiKey.id } } : {}),
  };
}

interface HasPrivilegesRequest {
  cluster?: string[];
  index?: Array<{ names: string | string[]; privileges: string[] }>;
}

/** `_security/user/_has_privileges`: per requested index name or pattern, whether the roles grant each privilege. */
export function hasPrivilegesAnswer(user: EmulatorUser, body: unknown): Record<string, unknown> {
  const request = (body ?? {}) as HasPrivilegesRequest;
  const role = user.elasticsearch;
  const cluster: Record<string, boolean> = {};
  for (const privilege of request.cluster ?? []) cluster[privilege] = role.superuser;
  const index: Record<string, Record<string, boolean>> = {};
  for (const entry of request.index ?? []) {
    const names = Array.isArray(entry.names) ? entry.names : [entry.names];
    for (const name of names) {
      const answers = (index[name] ??= {});
      for (const privilege of entry.privileges) {
        answers[privilege] =
          privilege === 'read' || privilege === 'write' || privilege === 'all'
            ? hasIndexPrivilege(
                role,
                name,
                privilege === 'all' ? 'write' : privilege,
                patternCovers,
              ) &&
              (privilege !== 'all' || hasIndexPrivilege(role, name, 'read', patternCovers))
            : role.superuser;
      }
    }
  }
  const granted = [
    ...Object.values(cluster),
    ...Object.values(index).flatMap((answers) => Object.values(answers)),
  ];
  return {
    username: user.username,
    has_all_requested: granted.every(Boolean),
    cluster,
    index,
    application: {},
  };
}

/**
 * The indices a bulk body writes to: its path's index, and any `_index` an action line names instead (Elasticsearch
 * checks `write` on each).
 */
export function bulkTargets(pathIndex: string, body: string): string[] {
  const targets = new Set([pathIndex]);
  const lines = body.split('\n').filter((line) => line.trim().length > 0);
  for (let line = 0; line < lines.length; line += 1) {
    const action = JSON.parse(lines[line]) as Record<string, { _index?: string } | undefined>;
    const [kind] = Object.keys(action);
    if (action[kind]?._index) targets.add(action[kind]._index);
    // Every action but `delete` is followed by its document line.
    if (kind !== 'delete') line += 1;
  }
  return [...targets];
}

/** Whether the roles grant the read actions on any index at all (Elasticsearch refuses outright otherwise). */
export function readsAnyIndex(user: EmulatorUser): boolean {
  const role = user.elasticsearch;
  return (
    role.superuser ||
    role.indices.some(
      (group) => group.privileges.includes('read') || group.privileges.includes('all'),
    )
  );
}
