// The request pipeline of the emulated Kibana, in Kibana's order: route lookup, authentication, payload,
// xsrf, internal origin, authorization, API version, contract validation, handler. Everything is logged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Authenticator } from '../auth/authenticate';
import { checkContract } from '../contract/check_contract';
import type { OpenApiCheck } from '../contract/request_contract';
import type { EmulatorRequest, QueryValue, RouteResult } from './emulator_request';
import { checkInternalOrigin, checkXsrf, resolveVersion } from './header_checks';
import { KibanaHttpError, platformError, siemError } from './kibana_error';
import type { RequestLog } from './request_log';
import type { RouteDefinition } from './route_definition';
import { findRoute } from './route_table';
import { splitSpacePath } from './space_path';

export interface DispatcherOptions<C> {
  routes: readonly RouteDefinition<C>[];
  /**
   * Kibana routes this emulated version lacks but other versions have (e.g. the other execution-results
   * form): a 404 there is what feature detection expects, not a malformed request.
   */
  absentRoutes: ReadonlyArray<{ method: string; path: string }>;
  /** Test-only routes under `/_emulator/`: no auth, no contract, not part of Kibana. */
  testRoutes: Readonly<Record<string, (body: unknown) => Promise<RouteResult>>>;
  authenticator: Authenticator;
  openApiCheck: OpenApiCheck;
  requireVersionHeader: boolean;
  context: C;
  log: RequestLog;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseQuery(search: URLSearchParams): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  return query;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw platformError(400, 'Invalid request payload JSON format', { contractViolation: true });
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>) {
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? {});
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function headerMap(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    headers[name.toLowerCase()] = Array.isArray(value) ? value[0] : value;
  }
  return headers;
}

export function createDispatcher<C>(options: DispatcherOptions<C>): Handler {
  return async (req, res) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers = headerMap(req);
    const text = await readBody(req);
    const { space, path } = splitSpacePath(url.pathname);
    const entry = {
      at: new Date().toISOString(),
      method,
      url: `${url.pathname}${url.search}`,
      space,
      rejected: false,
    };

    const testRoute = options.testRoutes[url.pathname];
    if (testRoute && method === 'POST') {
      try {
        const result = await testRoute(text.trim() === '' ? {} : JSON.parse(text));
        send(res, result.status, result.body, {});
      } catch (error) {
        send(res, 500, { message: (error as Error).message }, {});
      }
      return;
    }

    let requestBody: unknown;
    let username: string | undefined;
    const responseHeaders: Record<string, string> = {};
    try {
      const match = findRoute(options.routes, method, path);
      if (!match) {
        const known = findRoute(options.absentRoutes, method, path) !== undefined;
        throw platformError(404, 'Not Found', { contractViolation: !known });
      }
      const { route, params } = match;
      const user = options.authenticator.authenticate(headers.authorization);
      username = user.username;
      requestBody = parseJson(text);
      checkXsrf(method, headers);
      checkInternalOrigin(route, path, headers);
      if (!user.privileges.has(route.privilege)) {
        throw platformError(
          403,
          `API [${method} ${path}${url.search}] is unauthorized for user, this action is granted by the Kibana privileges [${route.privilege}]`,
        );
      }
      responseHeaders['elastic-api-version'] = resolveVersion(
        route,
        headers,
        options.requireVersionHeader,
      );
      const request: EmulatorRequest = {
        method,
        rawPath: url.pathname,
        path,
        space,
        query: parseQuery(url.searchParams),
        headers,
        body: requestBody,
        params,
        user,
      };
      checkContract(route, request, options.openApiCheck);
      const result = await route.handler(request, options.context);
      options.log.record({ ...entry, username, status: result.status, requestBody });
      send(res, result.status, result.body, responseHeaders);
    } catch (caught) {
      const error =
        caught instanceof KibanaHttpError ? caught : siemError(500, (caught as Error).message);
      options.log.record({
        ...entry,
        username,
        status: error.status,
        // Every 400 is a request Kibana refused as malformed, whether core or a handler said so.
        rejected: error.contractViolation || error.status === 400,
        reason: error.message,
        requestBody,
      });
      send(res, error.status, error.body, { ...responseHeaders, ...error.headers });
    }
  };
}
