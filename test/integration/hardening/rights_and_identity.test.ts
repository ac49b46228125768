// Each demo user at every route of the table, on both hosts (the standalone host over HTTP, the Kibana plugin
// through router doubles): `viewer` may read everything and change nothing, `analyst` may also triage alerts but
// not change the rule, `nologs` may do everything but read the logs (readiness says so), `elastic` everything. Every upstream call made for a user carries that
// user's credentials — never the host's configured identity, never Kibana's internal user.
import { ROUTES } from '../../../common/api';
import { startHost, type RunningHost } from '../../../server/hosts/standalone/start_host';
import type { Logger } from '../../../server/lib/logger';
import { pluginRoutes, type AnyRouteDefinition } from '../../../server/routes';
import { startFaultProxy, type FaultProxy } from '../../stack/fault/fault_proxy';
import { basicAuthorization } from '../../stack/kibana';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../../support/integration/emulator_fixture';
import { NAMES_AN_ALERT, routeRequest, validInput } from '../../support/hardening/route_requests';
import { startKibanaHostDouble, type KibanaHostDouble } from '../../support/hardening/kibana_host';

const SPACE = 'rights';
const USERS = ['nologs', 'viewer', 'analyst', 'elastic'] as const;
type User = (typeof USERS)[number];

/** What each user may do, by the route's declared access. */
function allowed(user: User, route: AnyRouteDefinition<unknown>): boolean {
  if (user === 'viewer') return route.access === 'read';
  if (user === 'analyst') return route.access === 'read' || route.access === 'triage';
  return true;
}

/** What an allowed call answers: routes naming an alert get the absent one, found missing as the caller. */
function allowedStatus(route: AnyRouteDefinition<unknown>): number {
  return NAMES_AN_ALERT.has(route.path) ? 404 : 200;
}

let fixture: EmulatorFixture;
let esProxy: FaultProxy;
let kbProxy: FaultProxy;
let standalone: RunningHost;
let kibana: KibanaHostDouble;
const logs: string[] = [];
const logger: Logger = {
  debug: (m) => logs.push(m),
  info: (m) => logs.push(m),
  warn: (m) => logs.push(m),
  error: (m) => logs.push(m),
};

beforeAll(async () => {
  fixture = await startEmulatorFixture({ prebuiltPackage: 'empty', enabledDefault: false });
  // Recording proxies (no fault): whose credentials each upstream call carried.
  esProxy = await startFaultProxy(process.env.ELASTICSEARCH_URL ?? '');
  kbProxy = await startFaultProxy(fixture.emulator.url);
  standalone = await startHost(
    {
      host: '127.0.0.1',
      port: 0,
      elasticsearchUrl: esProxy.url,
      kibanaUrl: kbProxy.url,
      spaceId: SPACE,
      timeoutMs: 10_000,
      uiDir: null,
      rule: fixture.rule,
      // A configured identity the host must not use for callers who bring their own.
      credentials: { username: 'elastic', password: 'changeme' },
    },
    logger,
  );
  kibana = await startKibanaHostDouble({
    serverUrl: kbProxy.url,
    elasticsearchUrl: esProxy.url,
    spaceId: SPACE,
  });
}, 120_000);

afterAll(async () => {
  await standalone?.close();
  await kibana?.close();
  await kbProxy?.close();
  await esProxy?.close();
  await fixture?.stop();
});

type Host = 'standalone' | 'kibana';

async function call(
  host: Host,
  route: AnyRouteDefinition<unknown>,
  user: User,
): Promise<{ status: number; body: unknown }> {
  const authorization = basicAuthorization(user);
  if (host === 'kibana') {
    const input = validInput(route);
    const answer = await kibana.call({
      method: route.method,
      path: route.path,
      authorization,
      query: input.query,
      body: input.body ?? {},
    });
    return { status: answer.status, body: answer.payload };
  }
  const request = routeRequest(route);
  const res = await fetch(`${standalone.url}${request.url}`, {
    method: request.method,
    headers: { ...request.headers, authorization },
    body: request.body,
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

describe.each<Host>(['standalone', 'kibana'])('the %s host', (host) => {
  it.each(USERS)(
    '%s gets exactly their rights at every route, as themselves',
    async (user) => {
      const table: string[] = [];
      for (const route of pluginRoutes) {
        esProxy.clearRequests();
        kbProxy.clearRequests();
        const answer = await call(host, route, user);
        table.push(`${route.method} ${route.path} ${answer.status}`);
        if (allowed(user, route))
          expect([route.path, answer.status]).toEqual([route.path, allowedStatus(route)]);
        else expect([route.path, answer.status]).toEqual([route.path, 403]);
        // Every call upstream went out with this user's credentials.
        const upstream = [...esProxy.requests(), ...kbProxy.requests()];
        expect(upstream.length).toBeGreaterThan(0);
        expect(upstream.filter((r) => r.authorization !== basicAuthorization(user))).toEqual([]);
        if (route.path === ROUTES.readiness) {
          const text = JSON.stringify(answer.body);
          if (user === 'nologs') expect(text).toMatch(/You may not inspect or read/);
          else expect(text).not.toMatch(/You may not inspect or read/);
        }
      }
      expect(table).toHaveLength(pluginRoutes.length);
    },
    120_000,
  );
});

describe('identities', () => {
  it('the Kibana host never touched Kibana’s internal user', () => {
    expect(kibana.internalUse).toEqual([]);
  });
});
