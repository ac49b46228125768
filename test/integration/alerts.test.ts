// Integration: the alerts service against the Detection Engine emulator. Scheduled runs over generated CloudTrail
// data write real alerts; the service's figures must equal what is in the space's alerts index. The rule reads a
// namespace private to this file, and the space is this file's own, so other suites cannot interfere.
import type { estypes } from '@elastic/elasticsearch';
import type { AlertsResponse } from '../../common/api';
import type { RuleDefinition } from '../../server/lib/rule';
import { getAlerts } from '../../server/lib/alerts/get_alerts';
import { deployRule } from '../../server/lib/deploy/deploy_rule';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../support/integration/emulator_fixture';
import { loadNamespacedData, type NamespacedData } from '../support/integration/namespaced_data';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const NOW = new Date(Math.floor(Date.now() / MINUTE) * MINUTE);
const NAMESPACE = 'alerts_it';
const SPACE = 'alerts-it';
const ALERTS_INDEX = `.alerts-security.alerts-${SPACE}`;
const RARE_WINDOW_HOURS = 2;

let stack: EmulatorFixture;
let data: NamespacedData;
let definition: RuleDefinition;
let clock = NOW;
let ruleUuid: string;

const context = (username = 'elastic') =>
  stack.context(SPACE, { username, rule: definition, now: () => NOW });

/** Counts straight from the alerts index, bypassing the service. */
async function countInIndex(query: estypes.QueryDslQueryContainer): Promise<number> {
  const answer = await stack.es.count({
    index: ALERTS_INDEX,
    query: { bool: { filter: [{ term: { 'kibana.alert.rule.uuid': ruleUuid } }, query] } },
  });
  return answer.count;
}

const since = (ms: number): estypes.QueryDslQueryContainer => ({
  range: { '@timestamp': { gte: new Date(NOW.getTime() - ms).toISOString() } },
});

let beforeDeploy: AlertsResponse;

beforeAll(async () => {
  stack = await startEmulatorFixture({ now: () => clock, prebuiltPackage: 'empty' });
  const { es } = stack;
  definition = {
    ...stack.rule,
    rule: { ...stack.rule.rule, index: [`logs-aws.cloudtrail-${NAMESPACE}*`] },
  };
  data = await loadNamespacedData(es, NAMESPACE, {
    seed: 'alerts-it',
    now: NOW,
    days: 12,
    eventsPerDay: 600,
    rareRecon: 6,
    rareWithoutIngested: 1,
    rareWindowHours: RARE_WINDOW_HOURS,
  });

  beforeDeploy = await getAlerts(context());
  const deployed = await deployRule(context(), { enable: true });
  ruleUuid = String(deployed.rule.id);

  // Kibana's schedule compressed: one run per 5-minute interval over the planted window.
  const start = NOW.getTime() - (RARE_WINDOW_HOURS * 60 + 15) * MINUTE;
  for (let at = start; at <= NOW.getTime(); at += 5 * MINUTE) {
    clock = new Date(at);
    await stack.emulator.runRules({ space: SPACE });
  }
  // Analysts triaged some alerts, and older alerts exist from earlier weeks: move a few, as Kibana would have.
  const ids = (
    await es.search({
      index: ALERTS_INDEX,
      size: 100,
      sort: [{ '@timestamp': 'asc' }],
      _source: false,
    })
  ).hits.hits.map((hit) => hit._id as string);
  expect(ids.length).toBeGreaterThanOrEqual(6);
  const moves: Array<[string, Record<string, string>]> = [
    [
      ids[0],
      {
        '@timestamp': new Date(NOW.getTime() - 20 * DAY).toISOString(),
        'kibana.alert.workflow_status': 'closed',
      },
    ],
    [
      ids[1],
      {
        '@timestamp': new Date(NOW.getTime() - 3 * DAY).toISOString(),
        'kibana.alert.workflow_status': 'acknowledged',
      },
    ],
    [ids[2], { 'kibana.alert.workflow_status': 'closed' }],
  ];
  for (const [id, doc] of moves) await es.update({ index: ALERTS_INDEX, id, doc, refresh: true });
}, 300_000);

afterAll(async () => {
  await data?.remove();
  await stack?.stop();
});

describe('alerts through the Detection Engine', () => {
  it('reports nothing before the rule is deployed', () => {
    expect(beforeDeploy).toMatchObject({
      ruleDeployed: false,
      totals: { '24h': 0, '7d': 0, '30d': 0 },
      lastAlertAt: null,
      silentDays: null,
    });
  });

  it('counts per range exactly what the executor wrote', async () => {
    const result = await getAlerts(context(), '30d');
    const written = {
      '24h': await countInIndex(since(DAY)),
      '7d': await countInIndex(since(7 * DAY)),
      '30d': await countInIndex(since(30 * DAY)),
    };
    expect(written['30d']).toBeGreaterThan(written['7d']);
    expect(written['7d']).toBeGreaterThan(written['24h']);
    expect(result.ruleDeployed).toBe(true);
    expect(result.totals).toEqual(written);
    expect(stack.emulator.rejectedRequests()).toEqual([]);
  });

  it('breaks the range down by workflow status and histogram as the index does', async () => {
    const result = await getAlerts(context(), '7d');
    for (const status of ['open', 'acknowledged', 'closed']) {
      expect({ status, count: result.byWorkflowStatus[status] }).toEqual({
        status,
        count: await countInIndex({
          bool: { filter: [since(7 * DAY), { term: { 'kibana.alert.workflow_status': status } }] },
        }),
      });
    }
    expect(result.byWorkflowStatus.acknowledged).toBe(1);
    expect(result.histogram.interval).toBe('6h');
    expect(result.histogram.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(result.totals['7d']);
    expect(result.histogram.buckets.length).toBeGreaterThanOrEqual(28);
  });

  it('lists the new-terms pairs and the newest alerts with the investigation fields', async () => {
    const result = await getAlerts(context(), '24h');
    const planted = [...data.manifest.rareRecon, ...data.manifest.rareReconWithoutIngested].map(
      (pair) => `${pair.accountId}/${pair.userName}`,
    );
    const pairs = result.topPairs.map((pair) => pair.values.join('/'));
    for (const pair of pairs) expect(planted).toContain(pair);
    expect(result.topPairs.reduce((sum, pair) => sum + pair.count, 0)).toBe(result.totals['24h']);
    expect(result.newest.length).toBe(Math.min(10, result.totals['24h']));
    const times = result.newest.map((alert) => Date.parse(alert.timestamp));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    for (const alert of result.newest) {
      expect(alert.fields['user.name']).toBe(alert.newTerms[1]);
      expect(alert.fields['cloud.account.id']).toBe(alert.newTerms[0]);
      expect(alert.fields['event.action']).toBeDefined();
      expect(alert.reason).toEqual(expect.any(String));
    }
    expect(result.investigationFields).toEqual(definition.rule.investigation_fields?.field_names);
  });

  it('dates the last alert and the silence since', async () => {
    const result = await getAlerts(context());
    const newest = await stack.es.search({
      index: ALERTS_INDEX,
      size: 1,
      sort: [{ '@timestamp': 'desc' }],
      query: { term: { 'kibana.alert.rule.uuid': ruleUuid } },
    });
    const source = newest.hits.hits[0]._source as Record<string, string>;
    expect(result.lastAlertAt).toBe(new Date(source['@timestamp']).toISOString());
    expect(result.silentDays).toBe(0);
  });

  it('gives the read-only analyst the same figures', async () => {
    const asAdmin = await getAlerts(context(), '30d');
    const asAnalyst = await getAlerts(context('analyst'), '30d');
    expect(asAnalyst).toEqual(asAdmin);
  });
});
