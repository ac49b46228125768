// Loopback HTTP proxy that makes the embedded engine look like a secured Elasticsearch to an unmodified official
// client: the demo users' credentials are required and index reads authorised per role (../auth/), plain media
// types go upstream, field_caps `fields` move to the query string, `x-elastic-product: Elasticsearch` comes back.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import {
  authenticate,
  bulkTargets,
  authenticateAnswer,
  classifyRequest,
  demoUserTable,
  forbiddenBody,
  hasPrivilegesAnswer,
  readsAnyIndex,
  unauthorizedActionReason,
  type SecurityAnswer,
  type UserTable,
} from '../auth/elasticsearch_security';
import { decideIndexAccess, type EngineResolver, type ResolvedNames } from '../auth/index_access';
import { hasIndexPrivilege, type EmulatorUser } from '../auth/users';
import { isFieldCapsPath, mergeFieldsParam, splitFieldsFromBody } from './field_caps_fields';
import { toPlainMediaType } from './media_types';

export interface CompatProxy {
  /** `http://127.0.0.1:<port>`: give it to `new Client({ node })`. */
  url: string;
  stop(): Promise<void>;
}

// Connection-level headers are the proxy's own business on each side.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
]);

export interface CompatProxyOptions {
  /** Who may call and what each may read; default: the demo users (`../auth/users.ts`). */
  users?: UserTable;
}

/** Starts the proxy on a free loopback port in front of `targetUrl` (the engine's HTTP endpoint). */
export async function startCompatProxy(
  targetUrl: string,
  options: CompatProxyOptions = {},
): Promise<CompatProxy> {
  const target = new URL(targetUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  const users = options.users ?? demoUserTable();
  // Wildcards are expanded on the engine itself, as Elasticsearch's own resolver does before authorising.
  const resolve: EngineResolver = async (expression, expandWildcards) => {
    const url = new URL(`/_resolve/index/${encodeURIComponent(expression)}`, target);
    url.searchParams.set('expand_wildcards', expandWildcards);
    const answer = await fetch(url);
    if (answer.status === 404) return { indices: [], aliases: [], data_streams: [] };
    if (!answer.ok) throw new Error(`resolving ${expression} failed: ${answer.status}`);
    return (await answer.json()) as ResolvedNames;
  };

  const server = http.createServer((req, res) => {
    secure(req, res, { users, resolve })
      .then((granted) => (granted ? forward(req, res, target, agent, granted) : undefined))
      .catch((error: unknown) => {
        sendProxyError(res, error);
      });
  });
  // The client keeps sockets alive; without this a stop would wait for them to time out.
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let stopped: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      });
      return stopped;
    },
  };
}

/** What the security step lets through: the request as it goes upstream (a narrowed path, a rewritten body). */
interface Granted {
  path: string;
  body?: Buffer;
  /** Puts the refused multi-search items back into the engine's answer, in their places. */
  mergeAnswer?: (upstream: Record<string, unknown>) => Record<string, unknown>;
}

interface Security {
  users: UserTable;
  resolve: EngineResolver;
}

/** Authenticates and authorises one request; answers it itself (401, 403, the security APIs) or grants it. */
async function secure(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  security: Security,
): Promise<Granted | undefined> {
  const uri = req.url ?? '/';
  const method = req.method ?? 'GET';
  const url = new URL(uri, 'http://proxy.invalid');
  const answer = (reply: SecurityAnswer) => {
    req.resume();
    sendJson(res, reply.status, reply.body, reply.headers);
    return undefined;
  };
  const authentication = authenticate(security.users, req.headers.authorization, uri);
  if (!authentication.ok) return answer(authentication.answer);
  const { user } = authentication;
  const refuse = (action: string, indices?: readonly string[]) =>
    answer({
      status: 403,
      headers: {},
      body: forbiddenBody(unauthorizedActionReason(user, action, indices)),
    });

  const request = classifyRequest(method, url.pathname);
  switch (request.kind) {
    case 'open':
      return { path: uri };
    case 'authenticate':
      return answer({
        status: 200,
        headers: {},
        body: authenticateAnswer(user, authentication.viaApiKey),
      });
    case 'has_privileges': {
      const raw = await readBody(req, { 'content-encoding': req.headers['content-encoding'] });
      const body: unknown = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : {};
      return answer({ status: 200, headers: {}, body: hasPrivilegesAnswer(user, body) });
    }
    case 'other':
      return user.elasticsearch.superuser ? { path: uri } : refuse(request.action);
    case 'index_read': {
      if (!readsAnyIndex(user)) return refuse(request.action, [request.expression]);
      const access = await decideIndexAccess({
        user,
        expression: request.expression,
        ignoreUnavailable: flag(url, 'ignore_unavailable', request.ignoreUnavailableDefault),
        expandWildcards: url.searchParams.get('expand_wildcards') ?? 'open',
        resolve: security.resolve,
      });
      if (access.decision === 'refused') return refuse(request.action, access.indices);
      if (access.decision === 'unchanged') return { path: uri };
      const segments = url.pathname.split('/').filter((segment) => segment.length > 0);
      const indices = access.indices.map(encodeURIComponent).join(',');
      if (request.segment < 0) segments.unshift(indices);
      else segments[request.segment] = indices;
      return { path: `/${segments.join('/')}${url.search}` };
    }
    case 'index_bulk': {
      const raw = await readBody(req, { 'content-encoding': req.headers['content-encoding'] });
      const targets = bulkTargets(request.index, raw.toString('utf8'));
      const denied = targets.filter(
        (name) => !hasIndexPrivilege(user.elasticsearch, name, 'write'),
      );
      if (denied.length > 0) {
        return answer({
          status: 403,
          headers: {},
          body: forbiddenBody(
            unauthorizedActionReason(
              user,
              'indices:data/write/bulk[s]',
              denied,
              'create_doc,create,delete,index,write,all',
            ),
          ),
        });
      }
      return { path: uri, body: raw };
    }
    case 'msearch':
      if (!readsAnyIndex(user)) return refuse('indices:data/read/msearch');
      return secureMultiSearch(req, url, user, request.expression, security);
  }
}

function flag(url: URL, name: string, fallback: boolean): boolean {
  const value = url.searchParams.get(name);
  return value === null ? fallback : value !== 'false';
}

/** Each search of a `_msearch` is authorised on its own: refused ones answer 403 in place, the rest go upstream. */
async function secureMultiSearch(
  req: http.IncomingMessage,
  url: URL,
  user: EmulatorUser,
  pathExpression: string | undefined,
  security: Security,
): Promise<Granted> {
  const raw = await readBody(req, { 'content-encoding': req.headers['content-encoding'] });
  const lines = raw
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0);
  const kept: string[] = [];
  const refused = new Map<number, Record<string, unknown>>();
  for (let item = 0; item * 2 < lines.length; item += 1) {
    const header = JSON.parse(lines[item * 2]) as Record<string, unknown>;
    const index = header.index as string | string[] | undefined;
    const expression = (Array.isArray(index) ? index.join(',') : index) ?? pathExpression ?? '_all';
    const setting = (name: string) =>
      header[name] === undefined ? url.searchParams.get(name) : String(header[name]);
    const access = await decideIndexAccess({
      user,
      expression,
      ignoreUnavailable: (setting('ignore_unavailable') ?? 'false') !== 'false',
      expandWildcards: setting('expand_wildcards') ?? 'open',
      resolve: security.resolve,
    });
    if (access.decision === 'refused') {
      refused.set(
        item,
        forbiddenBody(unauthorizedActionReason(user, 'indices:data/read/search', access.indices)),
      );
      continue;
    }
    const rewritten =
      access.decision === 'narrowed' ? { ...header, index: access.indices } : header;
    kept.push(JSON.stringify(rewritten), lines[item * 2 + 1] ?? '{}');
  }
  const mergeAnswer = (upstream: Record<string, unknown>) => {
    const answers = [...((upstream.responses as unknown[] | undefined) ?? [])];
    for (const [position, error] of [...refused].sort((a, b) => a[0] - b[0])) {
      answers.splice(position, 0, error);
    }
    return { ...upstream, responses: answers };
  };
  if (kept.length === 0) {
    // Nothing left to search: answer as Elasticsearch does when every search failed.
    return { path: '', mergeAnswer: () => mergeAnswer({ took: 0, responses: [] }) };
  }
  return {
    path: url.pathname + url.search,
    body: Buffer.from(`${kept.join('\n')}\n`),
    mergeAnswer: refused.size > 0 ? mergeAnswer : undefined,
  };
}

async function forward(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  target: URL,
  agent: http.Agent,
  granted: Granted,
): Promise<void> {
  const headers = upstreamHeaders(req.headers);
  let path = granted.path;
  let method = req.method ?? 'GET';
  let body: Buffer | undefined = granted.body;
  let bodyRead = body !== undefined;
  if (bodyRead) {
    delete headers['content-encoding'];
    headers['content-length'] = String(body?.length ?? 0);
  }
  if (path === '' && granted.mergeAnswer) {
    sendJson(res, 200, granted.mergeAnswer({}), {});
    return;
  }

  if (isFieldCapsPath(path) && method !== 'GET' && method !== 'HEAD') {
    // Only field_caps bodies need reading; everything else streams through untouched.
    const rewritten = rewriteFieldCaps(path, body ?? (await readBody(req, headers)));
    bodyRead = true;
    path = rewritten.path;
    body = rewritten.body;
    method = body === undefined ? 'GET' : method;
    delete headers['content-encoding'];
    if (body === undefined) {
      delete headers['content-length'];
      delete headers['content-type'];
    } else {
      headers['content-length'] = String(body.length);
    }
  }

  const upstream = http.request({
    agent,
    protocol: target.protocol,
    hostname: target.hostname,
    port: target.port,
    method,
    path,
    headers,
  });
  upstream.on('response', (upstreamRes) => {
    const responseHeaders: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(upstreamRes.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) {
        responseHeaders[name] = value;
      }
    }
    responseHeaders['x-elastic-product'] = 'Elasticsearch';
    const merge = granted.mergeAnswer;
    if (merge && upstreamRes.statusCode === 200) {
      readBody(upstreamRes, { 'content-encoding': upstreamRes.headers['content-encoding'] })
        .then((answer) => {
          const merged = merge(JSON.parse(answer.toString('utf8')) as Record<string, unknown>);
          delete responseHeaders['content-encoding'];
          delete responseHeaders['content-length'];
          sendJson(res, 200, merged, responseHeaders);
        })
        .catch((error: unknown) => sendProxyError(res, error));
      return;
    }
    res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.statusMessage, responseHeaders);
    upstreamRes.pipe(res);
  });
  upstream.on('error', (error) => sendProxyError(res, error));

  if (bodyRead) {
    upstream.end(body);
  } else {
    req.pipe(upstream);
  }
}

function upstreamHeaders(incoming: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name === 'host') {
      continue;
    }
    headers[name] =
      name === 'content-type' || name === 'accept' ? rewriteMediaHeader(value) : value;
  }
  return headers;
}

function rewriteMediaHeader(value: string | string[]): string | string[] {
  return Array.isArray(value) ? value.map(toPlainMediaType) : toPlainMediaType(value);
}

async function readBody(
  req: http.IncomingMessage,
  headers: http.OutgoingHttpHeaders,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks);
  return headers['content-encoding'] === 'gzip' && raw.length > 0 ? gunzipSync(raw) : raw;
}

/** Moves `fields` from a field_caps JSON body into the query string; unparsable bodies pass unchanged. */
export function rewriteFieldCaps(path: string, body: Buffer): { path: string; body?: Buffer } {
  if (body.length === 0) {
    return { path };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return { path, body };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { path, body };
  }
  const { fields, rest } = splitFieldsFromBody(parsed as Record<string, unknown>);
  if (fields === undefined) {
    return { path, body };
  }
  const url = new URL(path, 'http://upstream.invalid');
  url.searchParams.set(
    'fields',
    mergeFieldsParam(url.searchParams.get('fields') ?? undefined, fields),
  );
  return {
    path: `${url.pathname}${url.search}`,
    body: rest === undefined ? undefined : Buffer.from(JSON.stringify(rest)),
  };
}

function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: http.OutgoingHttpHeaders,
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    // Elasticsearch names itself on every answer, refusals included.
    'x-elastic-product': 'Elasticsearch',
  });
  res.end(text);
}

function sendProxyError(res: http.ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const reason = error instanceof Error ? error.message : String(error);
  res.writeHead(502, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { type: 'compat_proxy_error', reason }, status: 502 }));
}
