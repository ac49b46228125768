// Hostile input against every route of the table, on both hosts: the standalone host over real HTTP (raw bodies,
// query strings and headers) and the Kibana host through its router doubles (what Kibana's validation hands the
// route). Services are replaced by a recorder, so the property is about the hosts and the codecs: only 2xx and
// 4xx answers, each a clean JSON error when refused, never a 5xx, a hang or a stack trace. A route added to the
// table is covered without naming it here; one without codecs still gets the generic hostile input.
import fc from 'fast-check';
import type { KibanaRequest, RequestHandlerContext } from '@kbn/core/server';
import { registerRoutes } from '../hosts/kibana/register_routes';
import { startStandaloneServer, type StandaloneServer } from '../hosts/standalone/server';
import { silentLogger } from '../lib/logger';
import {
  createRouterDouble,
  responseFactory,
  validationResult,
  type RegisteredRoute,
} from '../../test/support/kibana/server_doubles';
import { expectCleanError } from '../../test/support/hardening/clean_answer';
import {
  hostileBody,
  hostileHeaders,
  hostileQuery,
  hostileValue,
} from '../../test/support/hardening/hostile_arbitraries';
import { pluginRoutes, type AnyRouteDefinition } from '.';
import { ROUTE_PRIVILEGE } from '../hosts/kibana/feature';

const RUNS = 1_000;
const AUTHORIZATION = 'Basic ZWxhc3RpYzpjaGFuZ2VtZQ==';

/** The table's routes with their real paths, access and codecs; the service is a recorder. */
const recorded: Array<{ path: string; input: unknown }> = [];
const routes: AnyRouteDefinition<unknown>[] = pluginRoutes.map((route) => ({
  ...route,
  handle: async (_ctx: unknown, input: unknown) => {
    recorded.push({ path: route.path, input });
    return { ok: true };
  },
}));

const casesPerRoute: Record<string, number> = {};
const count = (key: string) => {
  casesPerRoute[key] = (casesPerRoute[key] ?? 0) + 1;
};

afterAll(() => {
  // Nothing reached Object.prototype, and the property was not vacuous: input got through to the services.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  for (const route of routes.filter((r) => !r.query && !r.body)) {
    expect(recorded.some((entry) => entry.path === route.path)).toBe(true);
  }
  process.stdout.write(
    `hostile inputs per route:\n${Object.entries(casesPerRoute)
      .map(([key, n]) => `  ${key}: ${n}`)
      .join('\n')}\n`,
  );
});

describe('the standalone host over HTTP', () => {
  let server: StandaloneServer;

  beforeAll(async () => {
    server = await startStandaloneServer({
      host: '127.0.0.1',
      port: 0,
      routes,
      createContext: async () => ({}),
      defaultAuthorization: AUTHORIZATION,
      requestTimeoutMs: 2_000,
      uiDir: null,
      uiConfig: {},
      logger: silentLogger,
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  it.each(routes.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const))(
    '%s: hostile bodies, queries and headers get 2xx or a clean 4xx',
    async (name, route) => {
      await fc.assert(
        fc.asyncProperty(
          hostileQuery,
          hostileBody,
          hostileHeaders,
          async (query, body, headers) => {
            count(`standalone ${name}`);
            const method = route.method.toUpperCase();
            const res = await fetch(`${server.url}${route.path}${query}`, {
              method,
              headers,
              ...(method === 'GET' ? {} : { body }),
              signal: AbortSignal.timeout(5_000),
            });
            const text = await res.text();
            expect(res.status).toBeLessThan(500);
            // 431 is Node's own answer to oversized headers, before any code of ours runs.
            if (res.status >= 400 && res.status !== 431)
              expectCleanError(res.status, JSON.parse(text));
          },
        ),
        { numRuns: RUNS },
      );
    },
    120_000,
  );
});

describe('the Kibana host through its router', () => {
  const registered: RegisteredRoute[] = [];
  registerRoutes(
    createRouterDouble(registered),
    routes,
    async () => ({}),
    silentLogger,
    ROUTE_PRIVILEGE,
  );

  it.each(
    registered.map(
      (route) => [`${route.method.toUpperCase()} ${route.config.path}`, route] as const,
    ),
  )(
    '%s: what Kibana hands over gets 2xx or a clean 4xx',
    async (name, route) => {
      await fc.assert(
        fc.asyncProperty(hostileValue, hostileValue, async (query, body) => {
          count(`kibana ${name}`);
          // Kibana runs the route's validation first and answers 400 itself when it fails.
          const validated: Record<string, unknown> = {};
          for (const [where, raw] of [
            ['query', query],
            ['body', body],
          ] as const) {
            const validate = route.validate[where];
            if (!validate) continue;
            const result = validate(raw, validationResult) as { value?: unknown; error?: Error };
            if (result.error) {
              expect(result.error.message).toMatch(new RegExp(`^Invalid ${where}`));
              expect(result.error.message).not.toMatch(/\n\s+at /);
              return;
            }
            validated[where] = result.value;
          }
          const request = {
            headers: { authorization: AUTHORIZATION },
            query: validated.query ?? {},
            body: validated.body ?? {},
          } as unknown as KibanaRequest;
          const answer = (await route.handler(
            {} as RequestHandlerContext,
            request,
            responseFactory,
          )) as { status: number; payload?: unknown };
          expect(answer.status).toBeLessThan(500);
        }),
        { numRuns: RUNS },
      );
    },
    120_000,
  );
});
