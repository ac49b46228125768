// Every route of the table × each upstream (Elasticsearch, Kibana) × each fault, through the standalone host
// with a fault-injecting proxy in front of the search engine (also where the emulated Kibana reads alerts as the
// user) and in front of the Detection Engine emulator: the documented status and a JSON error, no stack trace,
// no unhandled rejection, an answer within a bounded time. Retries happen for reads only, never for a write.
import { ROUTES } from '../../../common/api';
import { startHost, type RunningHost } from '../../../server/hosts/standalone/start_host';
import type { Logger } from '../../../server/lib/logger';
import { pluginRoutes, type AnyRouteDefinition } from '../../../server/routes';
import {
  FAULTS,
  startFaultProxy,
  type Fault,
  type FaultProxy,
} from '../../stack/fault/fault_proxy';
import { basicAuthorization } from '../../stack/kibana';
import { kibanaCall } from '../../stack/kibana/testing/kibana_call';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../../support/integration/emulator_fixture';
import { NAMES_AN_ALERT, routeRequest } from '../../support/hardening/route_requests';
import { expectCleanError } from '../../support/hardening/clean_answer';

const SPACE = 'faults';
const TIMEOUT_MS = 2_500;
/** The slowest a faulted call may take: a timeout, or the clients' retries and their back-off. */
const BOUND_MS = 8_000;
type Upstream = 'elasticsearch' | 'kibana';
const UPSTREAMS: readonly Upstream[] = ['elasticsearch', 'kibana'];

/** What the caller sees when a route's own call meets the fault. */
const DOCUMENTED: Record<Fault, number> = {
  refused: 503,
  reset: 502,
  '500': 502,
  '502': 502,
  '503': 503,
  '429': 503,
  malformed: 502,
  truncated: 502,
  slow: 504,
  '401': 401,
  '403': 403,
  '404': 404,
};

/** Which upstreams each known route calls (alerts reach Elasticsearch through Kibana's signals search). */
const USES: Record<string, readonly Upstream[]> = {
  [ROUTES.status]: ['kibana'],
  [ROUTES.deploy]: ['kibana'],
  [ROUTES.enable]: ['kibana'],
  [ROUTES.guide]: ['kibana'],
  [ROUTES.readiness]: ['elasticsearch'],
  [ROUTES.alerts]: ['kibana', 'elasticsearch'],
  [ROUTES.alertStatus]: ['kibana', 'elasticsearch'],
  [ROUTES.alertContext]: ['kibana', 'elasticsearch'],
  [ROUTES.alertPivot]: ['kibana', 'elasticsearch'],
  [ROUTES.backtest]: ['kibana', 'elasticsearch'],
};

/**
 * Where a route answers otherwise, and why: the Elasticsearch client reports a lost connection as unreachable;
 * readiness reads a 403 as "you may not read this pattern" and a 404 as "it names nothing" (findings in a 200),
 * where the backtest answers 403 and 502;
 * the alert routes reach Elasticsearch through Kibana, which answers a failing engine with its own 500 (→ 502),
 * passes the engine's 401, 403, 429 and 503 on, and reads a missing alerts index as no alerts (the list) or as
 * no such alert (a status change, one alert's context or pivot).
 */
function expectedStatus(path: string, upstream: Upstream, fault: Fault): number {
  if (!USES[path].includes(upstream)) return 200;
  if (upstream === 'kibana') return DOCUMENTED[fault];
  // Readiness and the backtest search with the official client as the caller (a reset reads as unreachable).
  if (path === ROUTES.readiness || path === ROUTES.backtest) {
    if (path === ROUTES.readiness && (fault === '403' || fault === '404')) return 200;
    // The logs' searches answering "no such index" although field_caps resolved them: a failing upstream.
    if (fault === '404') return 502;
    return fault === 'reset' ? 503 : DOCUMENTED[fault];
  }
  // A missing alerts index: no alerts to list (200); nothing to set a status on or to read (404).
  if (fault === '404') return path === ROUTES.alerts ? 200 : 404;
  if (['401', '403', '429', '503', 'slow'].includes(fault)) return DOCUMENTED[fault];
  return 502;
}

let fixture: EmulatorFixture;
let esProxy: FaultProxy;
let kbProxy: FaultProxy;
let host: RunningHost;
const logs: string[] = [];
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
const logger: Logger = {
  debug: () => undefined,
  info: (m) => logs.push(m),
  warn: (m) => logs.push(m),
  error: (m) => logs.push(m),
};

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  esProxy = await startFaultProxy(process.env.ELASTICSEARCH_URL ?? '');
  // The emulated Kibana reads alerts as the user through the same faulty Elasticsearch.
  fixture = await startEmulatorFixture({
    prebuiltPackage: 'empty',
    enabledDefault: false,
    elasticsearchUrl: esProxy.url,
  });
  kbProxy = await startFaultProxy(fixture.emulator.url);
  host = await startHost(
    {
      host: '127.0.0.1',
      port: 0,
      elasticsearchUrl: esProxy.url,
      kibanaUrl: kbProxy.url,
      spaceId: SPACE,
      timeoutMs: TIMEOUT_MS,
      uiDir: null,
      rule: fixture.rule,
    },
    logger,
  );
}, 120_000);

afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await host?.close();
  await kbProxy?.close();
  await fixture?.stop();
  await esProxy?.close();
});

async function call(
  route: AnyRouteDefinition<unknown>,
): Promise<{ status: number; body: unknown; ms: number }> {
  const request = routeRequest(route);
  const started = Date.now();
  const res = await fetch(`${host.url}${request.url}`, {
    method: request.method,
    headers: { ...request.headers, authorization: basicAuthorization('elastic') },
    body: request.body,
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as unknown, ms: Date.now() - started };
}

/** route → "upstream fault" → status, printed as the fault matrix at the end. */
const matrix = new Map<string, Map<string, number>>();
const record = (route: AnyRouteDefinition<unknown>, column: string, status: number) => {
  const key = `${route.method.toUpperCase()} ${route.path}`;
  if (!matrix.has(key)) matrix.set(key, new Map());
  matrix.get(key)!.set(column, status);
};

describe('each route × upstream × fault', () => {
  it('without faults every route answers as it should (the rule is deployed first)', async () => {
    for (const route of pluginRoutes) {
      const answer = await call(route);
      record(route, 'none', answer.status);
      // The alert routes are asked about an alert that does not exist: their success is "not found".
      expect([route.path, answer.status]).toEqual([
        route.path,
        NAMES_AN_ALERT.has(route.path) ? 404 : 200,
      ]);
    }
  });

  describe.each(UPSTREAMS)('%s', (upstream) => {
    it.each(FAULTS)(
      '%s: the documented status, a clean JSON error, bounded time',
      async (fault) => {
        const proxy = upstream === 'kibana' ? kbProxy : esProxy;
        // Retry-After: 0, so the retried reads of the busy faults cost no waiting here (waits: `retries` below).
        await proxy.setFault(fault, { delayMs: TIMEOUT_MS * 3, retryAfterSeconds: 0 });
        const wrong: string[] = [];
        try {
          for (const route of pluginRoutes) {
            const answer = await call(route);
            record(route, `${upstream} ${fault}`, answer.status);
            if (answer.ms > BOUND_MS) wrong.push(`${route.path} took ${answer.ms} ms`);
            if (answer.status !== 200) expectCleanError(answer.status, answer.body);
            if (USES[route.path]) {
              const expected = expectedStatus(route.path, upstream, fault);
              if (answer.status !== expected)
                wrong.push(`${route.path} ${answer.status} ≠ ${expected}`);
            } else if (answer.status === 500) {
              // A route this table does not know yet: at least never an unexplained 500.
              wrong.push(`${route.path} 500`);
            }
          }
          expect(wrong).toEqual([]);
        } finally {
          await proxy.setFault(null);
        }
      },
      120_000,
    );
  });

  afterAll(() => {
    const columns = ['none', ...UPSTREAMS.flatMap((u) => FAULTS.map((f) => `${u} ${f}`))];
    const lines = [...matrix].map(
      ([route, cells]) => `${route} | ${columns.map((c) => `${c}=${cells.get(c)}`).join(' ')}`,
    );
    process.stdout.write(`fault matrix (route | upstream fault=status):\n${lines.join('\n')}\n`);
  });
});

describe('retries', () => {
  it('a read that meets 429 with Retry-After is sent again after the wait and succeeds', async () => {
    await kbProxy.setFault('429', { times: 1, retryAfterSeconds: 1 });
    kbProxy.clearRequests();
    const started = Date.now();
    const answer = await call(pluginRoutes.find((r) => r.path === ROUTES.guide)!);
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(kbProxy.requests().filter((r) => r.fault === '429')).toHaveLength(1);
    await kbProxy.setFault(null);
  });

  it('a search of Elasticsearch that meets 429 with Retry-After is sent again after the wait', async () => {
    await esProxy.setFault('429', { times: 1, retryAfterSeconds: 1 });
    esProxy.clearRequests();
    const started = Date.now();
    const answer = await call(pluginRoutes.find((r) => r.path === ROUTES.readiness)!);
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(esProxy.requests().filter((r) => r.fault === '429')).toHaveLength(1);
    await esProxy.setFault(null);
  });

  it('a Retry-After beyond the bound is not waited for: 503 at once', async () => {
    await kbProxy.setFault('429', { retryAfterSeconds: 120 });
    const started = Date.now();
    const answer = await call(pluginRoutes.find((r) => r.path === ROUTES.status)!);
    expect(answer.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS);
    await kbProxy.setFault(null);
  });

  it('a write that meets 503 or a reset is never sent again, and changes nothing it was not asked to', async () => {
    const enable = pluginRoutes.find((r) => r.path === ROUTES.enable)!;
    for (const fault of ['503', 'reset'] as const) {
      // The write itself, not the dry run before it (a read, which may be retried).
      await kbProxy.setFault(fault, {
        match: (method, path) => method !== 'GET' && !path.includes('dry_run'),
        times: 1,
      });
      kbProxy.clearRequests();
      const res = await fetch(`${host.url}${ROUTES.enable}`, {
        method: 'POST',
        headers: {
          ...routeRequest(enable).headers,
          authorization: basicAuthorization('elastic'),
        },
        body: JSON.stringify({ enabled: true }),
      });
      const writes = kbProxy
        .requests()
        .filter((r) => r.method !== 'GET' && !r.path.includes('dry_run'));
      expect([fault, res.status, writes.length]).toEqual([fault, DOCUMENTED[fault], 1]);
      // 503 never reached the rule; a reset lost the answer of a write that happened: either way one rule,
      // disabled as before or enabled as asked, never anything else.
      const found = await kibanaCall(fixture.emulator.url, {
        path: '/api/detection_engine/rules/_find',
        space: SPACE,
      });
      const rules = found.body.data as Array<{ enabled: boolean }>;
      expect(rules).toHaveLength(1);
      expect(rules[0].enabled).toBe(fault === 'reset');
      await kbProxy.setFault(null);
      // Put it back for the next case.
      await kibanaCall(fixture.emulator.url, {
        method: 'POST',
        path: '/api/detection_engine/rules/_bulk_action',
        space: SPACE,
        body: { action: 'disable', query: '' },
      });
    }
  });
});

describe('the whole run', () => {
  it('left no unhandled rejection and logged no stack trace', () => {
    expect(rejections).toEqual([]);
    expect(logs.join('\n')).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)|node:internal|ERR_HTTP_INVALID/);
  });
});
