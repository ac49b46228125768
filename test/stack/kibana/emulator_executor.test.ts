// Integration: the new_terms executor against the real engine — exactly the planted first-time pairs alert,
// nothing for daily automation, the history window and max_signals hold, and Kibana's partial-failure
// and gap messages land in execution_summary and the execution history.
import type { Client } from '@elastic/elasticsearch';
import { createTestEsClient } from '../engine/test_client';
import { loadContractValidator } from '../openapi';
import { basicAuthorization } from '../auth/users';
import { startEmulator, type RunningEmulator } from './emulator';
import { MAX_SIGNALS_WARNING } from './executor/rule_outcome';
import { bundledRuleAssets } from './prebuilt/bundled_rule_assets';
import { cloudTrailEvent, cloudTrailMappings, type EventSpec } from './testing/cloudtrail_event';
import { kibanaCall, type KibanaCall } from './testing/kibana_call';

const INDEX = 'emutest-cloudtrail-executor';
const LEGACY_INDEX = 'emutest-cloudtrail-legacy';
const RULES = '/api/detection_engine/rules';
const MINUTE = 60_000;
const DAY = 86_400_000;
const T = new Date(Math.floor(Date.now() / MINUTE) * MINUTE);
const ago = (ms: number) => new Date(T.getTime() - ms);
const [A, B, C, D] = ['111111111111', '222222222222', '333333333333', '444444444444'];

const events: EventSpec[] = [
  { account: A, user: 'eve', action: 'GetInventory', at: ago(3 * MINUTE) },
  { account: B, user: 'mallory', action: 'ListCommands', at: ago(2 * MINUTE) },
  ...Array.from({ length: 12 }, (_, day) => ({
    account: A,
    user: 'inventory-bot',
    action: 'GetInventory',
    at: ago((day + 1) * DAY),
  })),
  { account: A, user: 'inventory-bot', action: 'GetInventory', at: ago(MINUTE) },
  { account: B, user: 'inventory-bot', action: 'GetInventory', at: ago(2 * MINUTE) },
  { account: A, user: 'old-timer', action: 'GetInventory', at: ago(11 * DAY) },
  { account: A, user: 'old-timer', action: 'GetInventorySchema', at: ago(2 * MINUTE) },
  { account: A, user: 'regular', action: 'DescribeInstancePatches', at: ago(5 * DAY) },
  { account: A, user: 'regular', action: 'DescribeInstancePatches', at: ago(2 * MINUTE) },
  {
    account: C,
    user: 'gatherer',
    action: 'CreateAssociation',
    at: ago(MINUTE),
    requestParameters: '{name=AWS-GatherSoftwareInventory, targets=[{key=InstanceIds}]}',
  },
  {
    account: C,
    user: 'patcher',
    action: 'CreateAssociation',
    at: ago(MINUTE),
    requestParameters: '{name=AWS-RunPatchBaseline}',
  },
  { account: C, user: 'browser', action: 'DescribeInstanceInformation', at: ago(MINUTE) },
  {
    account: A,
    user: 'ssm-service',
    action: 'GetInventory',
    at: ago(MINUTE),
    identityType: 'AWSService',
  },
  { account: A, user: 'denied', action: 'GetInventory', at: ago(MINUTE), outcome: 'failure' },
  // Ingested exactly at the run's start (now-6m; ingested 30 s after @timestamp): Kibana keeps first events
  // strictly after it, so this one is history and never alerts.
  { account: D, user: 'edge', action: 'GetInventory', at: ago(6 * MINUTE + 30_000) },
  // Ingested late: outside the window by @timestamp, inside it by event.ingested.
  {
    account: D,
    user: 'carol',
    action: 'ListInventoryEntries',
    at: ago(20 * MINUTE),
    ingestedAfterMs: 19 * MINUTE,
  },
  {
    account: D,
    user: 'dave',
    action: 'ListInventoryEntries',
    at: ago(20 * MINUTE),
    ingestedAfterMs: MINUTE,
  },
];

const EXPECTED_PAIRS = [
  [A, 'eve'],
  [B, 'mallory'],
  [B, 'inventory-bot'],
  [A, 'old-timer'],
  [C, 'gatherer'],
  [D, 'carol'],
].map((pair) => pair.join('/'));

let esClient: Client;
let emulator: RunningEmulator;
let clock = T;
let ruleBody: Record<string, unknown>;

async function indexEvents(index: string, withIngested: boolean, specs: EventSpec[]) {
  await esClient.indices.delete({ index }, { ignore: [404] });
  await esClient.indices.create({
    index,
    settings: { number_of_shards: 1, number_of_replicas: 0 },
    mappings: cloudTrailMappings(withIngested) as never,
  });
  await esClient.bulk({
    refresh: true,
    operations: specs.flatMap((spec) => [{ index: { _index: index } }, cloudTrailEvent(spec)]),
  });
}

beforeAll(async () => {
  esClient = createTestEsClient();
  await indexEvents(INDEX, true, events);
  await indexEvents(LEGACY_INDEX, false, [
    {
      account: 'e55555555555',
      user: 'frank',
      action: 'GetInventory',
      at: ago(2 * MINUTE),
      ingestedAfterMs: null,
    },
  ]);
  // Rules search through the stack's authorising proxy with their key, as in the sandbox.
  emulator = await startEmulator({
    esClient,
    elasticsearchUrl: process.env.ELASTICSEARCH_URL,
    now: () => clock,
    prebuiltPackage: 'empty',
  });
  [{ attributes: ruleBody }] = await bundledRuleAssets();
});

afterAll(async () => {
  await emulator.stop();
  await esClient.indices.delete({ index: [INDEX, LEGACY_INDEX] }, { ignore: [404] });
  await esClient.close();
});

afterEach(() => expect(emulator.rejectedRequests()).toEqual([]));

const call = (request: KibanaCall) => kibanaCall(emulator.url, request);

async function createRule(space: string, extra: Record<string, unknown>, authorization?: string) {
  const created = await call({
    method: 'POST',
    path: RULES,
    space,
    authorization,
    body: {
      ...ruleBody,
      rule_id: `executor-${space}`,
      enabled: true,
      index: [`${INDEX}*`],
      ...extra,
    },
  });
  expect(created.status).toBe(200);
  return String(created.body.id);
}

async function alertsOf(space: string, ruleId: string) {
  const answer = await call({
    method: 'POST',
    path: '/api/detection_engine/signals/search',
    space,
    body: {
      query: { term: { 'kibana.alert.rule.uuid': ruleId } },
      size: 1000,
      track_total_hits: true,
    },
  });
  expect(answer.status).toBe(200);
  const hits = (
    answer.body.hits as { hits: Array<{ _id: string; _source: Record<string, unknown> }> }
  ).hits;
  return hits;
}

async function summaryOf(space: string, id: string) {
  const rule = await call({ path: RULES, space, query: { id } });
  return (rule.body.execution_summary as { last_execution: Record<string, unknown> })
    .last_execution;
}

describe('new_terms rule executor', () => {
  it('alerts exactly the first-time account/user pairs, once, with Kibana fields', async () => {
    const space = 'executor-main';
    const id = await createRule(space, {});
    expect((await call({ path: RULES, space, query: { id } })).body).not.toHaveProperty(
      'execution_summary',
    );

    const [record] = await emulator.runRules({ space });
    expect(record).toMatchObject({ status: 'succeeded', newAlerts: EXPECTED_PAIRS.length });
    const alerts = await alertsOf(space, id);
    const pairs = alerts.map((hit) =>
      (hit._source['kibana.alert.new_terms'] as string[]).join('/'),
    );
    expect(pairs.sort()).toEqual([...EXPECTED_PAIRS].sort());

    const eve = alerts.find(
      (hit) =>
        hit._source['kibana.alert.new_terms'] !== undefined &&
        (hit._source.user as { name: string }).name === 'eve',
    );
    expect(eve?._id).toBe(eve?._source['kibana.alert.uuid']);
    expect(eve?._source).toMatchObject({
      'kibana.alert.rule.rule_id': `executor-${space}`,
      'kibana.alert.rule.type': 'new_terms',
      'kibana.alert.rule.rule_type_id': 'siem.newTermsRule',
      'kibana.alert.workflow_status': 'open',
      'kibana.alert.status': 'active',
      'kibana.alert.severity': 'medium',
      'kibana.alert.risk_score': 47,
      'kibana.alert.original_time': ago(3 * MINUTE).toISOString(),
      'kibana.alert.original_event': { action: 'GetInventory' },
      '@timestamp': T.toISOString(),
      event: { kind: 'signal', action: 'GetInventory' },
      cloud: { account: { id: A } },
    });
    expect(eve?._source['kibana.alert.reason']).toBe(
      'event with source 198.51.100.7 by eve created medium alert AWS SSM Inventory Reconnaissance by Rare User.',
    );

    expect(await summaryOf(space, id)).toMatchObject({
      date: T.toISOString(),
      status: 'succeeded',
      status_order: 0,
      message: 'Rule execution completed successfully',
      metrics: { execution_gap_duration_s: 0, total_enrichment_duration_ms: 0 },
    });

    // The same window searched again raises nothing new.
    const [second] = await emulator.runRules({ space });
    expect(second).toMatchObject({ status: 'succeeded', newAlerts: 0 });
    expect(await alertsOf(space, id)).toHaveLength(EXPECTED_PAIRS.length);

    const results = await call({
      method: 'POST',
      path: `/internal/detection_engine/rules/${id}/execution/results`,
      space,
      body: {
        filter: { from: ago(DAY).toISOString(), to: new Date(T.getTime() + DAY).toISOString() },
      },
    });
    expect(results.body).toMatchObject({ total: 2, page: 1, per_page: 20 });
    const data = results.body.data as Array<{
      outcome: { status: string };
      metrics: { alert_counts: { new: number } };
    }>;
    expect(data.map((entry) => entry.metrics.alert_counts.new).sort()).toEqual([
      0,
      EXPECTED_PAIRS.length,
    ]);
    expect(data.every((entry) => entry.outcome.status === 'success')).toBe(true);

    const validator = await loadContractValidator();
    const read = await call({ path: RULES, space, query: { id } });
    const shapes = [
      validator.validateResponse({ method: 'GET', path: RULES, status: 200, body: read.body }),
      validator.validateResponse({
        method: 'POST',
        path: `/internal/detection_engine/rules/${id}/execution/results`,
        status: 200,
        body: results.body,
      }),
    ];
    expect(shapes.flatMap((shape) => shape.errors)).toEqual([]);
  });

  it('caps alerts at max_signals with Kibana’s warning', async () => {
    const space = 'executor-cap';
    const id = await createRule(space, { max_signals: 2 });
    const [record] = await emulator.runRules({ space });
    expect(record).toMatchObject({ status: 'partial failure', newAlerts: 2 });
    expect(await alertsOf(space, id)).toHaveLength(2);
    expect(await summaryOf(space, id)).toMatchObject({
      status: 'partial failure',
      status_order: 20,
      message: MAX_SIGNALS_WARNING,
    });
  });

  it('warns when no index matches the patterns, and skips the run', async () => {
    const space = 'executor-none';
    const id = await createRule(space, { index: ['emutest-nothing-here-*'] });
    await emulator.runRules({ space });
    expect(await summaryOf(space, id)).toMatchObject({
      status: 'partial failure',
      message:
        'This rule is attempting to query data from Elasticsearch indices listed in the "Index patterns" section of the rule definition, however no index matching: ["emutest-nothing-here-*"] was found. This warning will continue to appear until a matching index is created or this rule is disabled.',
    });
  });

  it('warns about indices missing the timestamp override, and falls back to @timestamp there', async () => {
    const space = 'executor-legacy';
    const id = await createRule(space, { index: [`${INDEX}*`, `${LEGACY_INDEX}*`] });
    await emulator.runRules({ space });
    expect(await summaryOf(space, id)).toMatchObject({
      status: 'partial failure',
      message: `The following indices are missing the timestamp override field "event.ingested": ["${LEGACY_INDEX}"]`,
    });
    const users = (await alertsOf(space, id)).map(
      (hit) => (hit._source.user as { name: string }).name,
    );
    expect(users).toContain('frank');
    expect(users).toHaveLength(EXPECTED_PAIRS.length + 1);
  });

  it("runs a rule saved by a key that cannot read the logs with Kibana's privileges warning", async () => {
    const space = 'executor-nologs';
    const id = await createRule(space, {}, basicAuthorization('nologs'));
    await emulator.runRules({ space });
    expect(await summaryOf(space, id)).toMatchObject({
      status: 'partial failure',
      message: `This rule may not have the required read privileges to the following indices/index patterns: ["${INDEX}*"]`,
    });
    expect(await alertsOf(space, id)).toHaveLength(0);
  });

  it('takes the privileges warning from Elasticsearch: an unsecured cluster lets the same key read the logs', async () => {
    const unsecured = await startEmulator({ esClient, now: () => clock, prebuiltPackage: 'empty' });
    try {
      const space = 'executor-nologs-unsecured';
      const created = await kibanaCall(unsecured.url, {
        method: 'POST',
        path: RULES,
        space,
        authorization: basicAuthorization('nologs'),
        body: { ...ruleBody, index: [`${INDEX}*`], enabled: true },
      });
      expect(created.status).toBe(200);
      const [record] = await unsecured.runRules({ space });
      expect(record.status).not.toBe('partial failure');
      expect(record.message).not.toMatch(/read privileges/);
    } finally {
      await unsecured.stop();
    }
  });

  it('reports time no run covered as a failed run with the gap', async () => {
    const space = 'executor-gap';
    const id = await createRule(space, {});
    await emulator.runRules({ space });
    clock = new Date(T.getTime() + 60 * MINUTE);
    try {
      await emulator.runRules({ space });
    } finally {
      clock = T;
    }
    const summary = await summaryOf(space, id);
    expect(summary).toMatchObject({
      status: 'failed',
      status_order: 30,
      message:
        '34 minutes (2040000ms) were not queried between this rule execution and the last execution, so signals may have been missed. Consider increasing your look behind time or adding more Kibana instances',
      metrics: { execution_gap_duration_s: 2040 },
    });
  });

  it('sets the workflow status of alerts; the viewer may search but not change them', async () => {
    const space = 'executor-main';
    const rule = await call({ path: RULES, space, query: { rule_id: `executor-${space}` } });
    const [first] = await alertsOf(space, String(rule.body.id));
    const analyst = basicAuthorization('analyst');
    const denied = await call({
      method: 'POST',
      path: '/api/detection_engine/signals/status',
      space,
      authorization: basicAuthorization('viewer'),
      body: { signal_ids: [first._id], status: 'closed' },
    });
    expect(denied.status).toBe(403);
    const closed = await call({
      method: 'POST',
      path: '/api/detection_engine/signals/status',
      space,
      authorization: analyst,
      body: { signal_ids: [first._id], status: 'closed' },
    });
    expect(closed.body).toMatchObject({ updated: 1, total: 1 });
    const search = await call({
      method: 'POST',
      path: '/api/detection_engine/signals/search',
      space,
      authorization: analyst,
      body: { query: { ids: { values: [first._id] } }, _source: ['kibana.alert.workflow_status'] },
    });
    const [hit] = (search.body.hits as { hits: Array<{ _source: Record<string, unknown> }> }).hits;
    expect(hit._source['kibana.alert.workflow_status']).toBe('closed');
    const empty = await call({
      method: 'POST',
      path: '/api/detection_engine/signals/search',
      space,
      body: {},
    });
    expect(empty.status).toBe(400);
    expect(empty.body).toEqual({
      status_code: 400,
      message: '"value" must have at least 1 children',
    });
    emulator.clearRequestLog();
  });

  it('runs enabled rules on a schedule and on demand over HTTP, and stops cleanly', async () => {
    const scheduled = await startEmulator({ esClient, schedule: 200, prebuiltPackage: 'empty' });
    try {
      const created = await kibanaCall(scheduled.url, {
        method: 'POST',
        path: RULES,
        body: {
          ...ruleBody,
          rule_id: 'scheduled',
          enabled: true,
          index: ['emutest-nothing-here-*'],
        },
      });
      const id = String(created.body.id);
      const summary = async () =>
        (await kibanaCall(scheduled.url, { path: RULES, query: { id } })).body.execution_summary;
      const deadline = Date.now() + 20_000;
      while ((await summary()) === undefined && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await summary()).toMatchObject({ last_execution: { status: 'partial failure' } });

      const onDemand = await fetch(`${scheduled.url}/_emulator/run_rules`, {
        method: 'POST',
        body: JSON.stringify({ ids: [id] }),
      });
      expect(onDemand.status).toBe(200);
      expect(await onDemand.json()).toMatchObject({ runs: 1 });
    } finally {
      await scheduled.stop();
    }
  });
});
