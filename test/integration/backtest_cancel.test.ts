// Integration: a backtest cancelled at the standalone host. With every Elasticsearch answer slowed by a proxy, the
// caller aborts its request while the first search is in flight: no further search reaches Elasticsearch, the
// host logs nothing and answers the next caller. A backtest left to finish, on the same data, makes more searches.
import { ROUTES, type BacktestResponse } from '../../common/api';
import { startHost, type RunningHost } from '../../server/hosts/standalone/start_host';
import type { Logger } from '../../server/lib/logger';
import type { RuleDefinition } from '../../server/lib/rule';
import { startFaultProxy, type FaultProxy } from '../stack/fault/fault_proxy';
import { basicAuthorization } from '../stack/kibana';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../support/integration/emulator_fixture';
import { hostCall, KIBANA_CLIENT_HEADERS } from '../support/integration/host_call';
import { loadNamespacedData, type NamespacedData } from '../support/integration/namespaced_data';

const SPACE = 'backtest-cancel';
const NAMESPACE = 'btcancel';
/** How long the proxy holds each Elasticsearch answer: the next search of a running backtest waits this long. */
const LATENCY_MS = 1_500;
const AUTHORIZATION = basicAuthorization('elastic');

let fixture: EmulatorFixture;
let esProxy: FaultProxy;
let host: RunningHost;
let data: NamespacedData;
const logs: string[] = [];
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
const logger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (m) => logs.push(`warn: ${m}`),
  error: (m) => logs.push(`error: ${m}`),
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await sleep(10);
  }
}

const backtest = () =>
  hostCall<BacktestResponse>(host.url, 'POST', ROUTES.backtest, AUTHORIZATION, { days: 3 });

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  // The emulated Kibana reads Elasticsearch directly: the proxy sees only the host's own searches.
  fixture = await startEmulatorFixture({ prebuiltPackage: 'empty', enabledDefault: false });
  data = await loadNamespacedData(fixture.es, NAMESPACE, {
    seed: 'backtest-cancel',
    days: 5,
    eventsPerDay: 100,
    rareRecon: 3,
  });
  esProxy = await startFaultProxy(process.env.ELASTICSEARCH_URL ?? '');
  const rule: RuleDefinition = {
    ...fixture.rule,
    rule: { ...fixture.rule.rule, index: [`logs-aws.cloudtrail-${NAMESPACE}*`] },
  };
  host = await startHost(
    {
      host: '127.0.0.1',
      port: 0,
      elasticsearchUrl: esProxy.url,
      kibanaUrl: fixture.emulator.url,
      spaceId: SPACE,
      timeoutMs: 20_000,
      uiDir: null,
      rule,
    },
    logger,
  );
}, 180_000);

afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await host?.close();
  await esProxy?.close();
  await data?.remove();
  await fixture?.stop();
});

afterEach(() => esProxy.setLatency(0));

describe('cancelling a backtest at the standalone host', () => {
  it('stops its Elasticsearch searches when the caller aborts, and the host carries on', async () => {
    esProxy.setLatency(LATENCY_MS);

    // Left to finish, the backtest searches in several rounds, each after the previous answer.
    esProxy.clearRequests();
    const finished = await backtest();
    expect(finished.status).toBe(200);
    expect(finished.body.alerts.length).toBeGreaterThan(0);
    const fullSearches = esProxy.requests().length;
    expect(fullSearches).toBeGreaterThanOrEqual(3);

    // Cancelled while its first search waits on Elasticsearch.
    esProxy.clearRequests();
    const caller = new AbortController();
    const answer = fetch(`${host.url}${ROUTES.backtest}`, {
      method: 'POST',
      headers: {
        ...KIBANA_CLIENT_HEADERS,
        authorization: AUTHORIZATION,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ days: 3 }),
      signal: caller.signal,
    });
    await until(() => esProxy.requests().length > 0, 30_000);
    caller.abort();
    await expect(answer).rejects.toThrow(/abort/i);
    const atAbort = esProxy.requests().length;

    // Uncancelled, the next round would reach the proxy one latency after the first answer.
    await sleep(LATENCY_MS * 3);
    expect(esProxy.requests().length).toBe(atAbort);
    expect(atAbort).toBeLessThan(fullSearches);

    // Nothing went wrong on the host's side, and it answers the next caller.
    esProxy.setLatency(0);
    const next = await backtest();
    expect(next.status).toBe(200);
    expect(next.body.alerts.length).toBeGreaterThan(0);
    expect(logs).toEqual([]);
    expect(rejections).toEqual([]);
  }, 120_000);
});
