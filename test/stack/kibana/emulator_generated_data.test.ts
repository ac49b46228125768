// Integration: the emulator's scheduled runs over generated CloudTrail data (the AWS integration's index
// templates, realistic traffic) raise exactly the first-time reconnaissance pairs the generator planted —
// nothing for daily automation or decoys — each once, at its first event.
import { Readable } from 'node:stream';
import type { Client } from '@elastic/elasticsearch';
import type { GeneratedDocument } from '../data/ecs_document';
import { generateCloudTrail } from '../data/generate';
import { createTestEsClient } from '../engine/test_client';
import { installCloudTrailTemplates } from '../templates/install_templates';
import { startEmulator, type RunningEmulator } from './emulator';
import type { ExecutionRecord } from './executor/execution_record';
import { bundledRuleAssets } from './prebuilt/bundled_rule_assets';
import { kibanaCall } from './testing/kibana_call';

const MINUTE = 60_000;
const NOW = new Date(Math.floor(Date.now() / MINUTE) * MINUTE);
const NAMESPACE = 'emulatorgen';
const SPACE = 'generated-data';
const RARE_WINDOW_HOURS = 2;

const data = generateCloudTrail({
  seed: 'kibana-emulator',
  now: NOW,
  days: 12,
  eventsPerDay: 500,
  namespace: NAMESPACE,
  rareRecon: 4,
  rareWithoutIngested: 1,
  rareWindowHours: RARE_WINDOW_HOURS,
});
const { manifest } = data;
const pairKey = (accountId: string, userName: string) => `${accountId}/${userName}`;

let esClient: Client;
let emulator: RunningEmulator;
let clock = NOW;
let ruleId: string;
let records: ExecutionRecord[];

beforeAll(async () => {
  esClient = createTestEsClient();
  await esClient.indices.deleteDataStream({ name: manifest.indices.cloudtrail }, { ignore: [404] });
  await installCloudTrailTemplates(esClient, { namespaces: [NAMESPACE], filebeat: false });
  const loaded = await esClient.helpers.bulk<GeneratedDocument>({
    datasource: Readable.from(data.documents()),
    onDocument: (document) => [{ create: { _index: document.index } }, document.doc],
    concurrency: 2,
    refreshOnCompletion: true,
  });
  expect(loaded.failed).toBe(0);

  emulator = await startEmulator({ esClient, now: () => clock, prebuiltPackage: 'empty' });
  const [{ attributes }] = await bundledRuleAssets();
  const created = await kibanaCall(emulator.url, {
    method: 'POST',
    path: '/api/detection_engine/rules',
    space: SPACE,
    body: {
      ...attributes,
      rule_id: 'generated-data',
      enabled: true,
      index: [manifest.indices.cloudtrail],
    },
  });
  ruleId = String(created.body.id);

  // Kibana's schedule compressed: one run per 5-minute interval over the planted window and a bit before.
  records = [];
  const start = NOW.getTime() - (RARE_WINDOW_HOURS * 60 + 15) * MINUTE;
  for (let at = start; at <= NOW.getTime(); at += 5 * MINUTE) {
    clock = new Date(at);
    records.push(...(await emulator.runRules({ space: SPACE })));
  }
}, 300_000);

afterAll(async () => {
  await emulator?.stop();
  await esClient.indices.deleteDataStream({ name: manifest.indices.cloudtrail }, { ignore: [404] });
  await esClient.close();
});

async function alerts() {
  const answer = await kibanaCall(emulator.url, {
    method: 'POST',
    path: '/api/detection_engine/signals/search',
    space: SPACE,
    body: { query: { term: { 'kibana.alert.rule.uuid': ruleId } }, size: 1000 },
  });
  return (answer.body.hits as { hits: Array<{ _source: Record<string, unknown> }> }).hits.map(
    (hit) => hit._source,
  );
}

describe('scheduled runs over generated CloudTrail data', () => {
  it('ran every interval without warnings', () => {
    expect(records.length).toBeGreaterThan(20);
    expect(records.filter((record) => record.status !== 'succeeded')).toEqual([]);
    expect(emulator.rejectedRequests()).toEqual([]);
  });

  it('alerts exactly the planted first-time pairs, including those found through the @timestamp fallback', async () => {
    const planted = [...manifest.rareRecon, ...manifest.rareReconWithoutIngested];
    expect(planted.length).toBe(5);
    const raised = (await alerts()).map((alert) =>
      (alert['kibana.alert.new_terms'] as string[]).join('/'),
    );
    expect(raised.sort()).toEqual(
      planted.map((pair) => pairKey(pair.accountId, pair.userName)).sort(),
    );
  });

  it('raises nothing for daily automation or decoys', async () => {
    const raised = new Set(
      (await alerts()).map((alert) => (alert['kibana.alert.new_terms'] as string[]).join('/')),
    );
    expect(manifest.dailyAutomation.length).toBeGreaterThan(0);
    for (const pair of manifest.dailyAutomation) {
      expect(raised.has(pairKey(pair.accountId, pair.userName))).toBe(false);
    }
    for (const decoy of manifest.decoys) {
      expect(raised.has(pairKey(decoy.accountId, decoy.userName ?? ''))).toBe(false);
    }
  });

  it("dates each alert's original_time to the pair's first event", async () => {
    const byPair = new Map(
      (await alerts()).map((alert) => [
        (alert['kibana.alert.new_terms'] as string[]).join('/'),
        alert['kibana.alert.original_time'],
      ]),
    );
    for (const pair of [...manifest.rareRecon, ...manifest.rareReconWithoutIngested]) {
      expect(byPair.get(pairKey(pair.accountId, pair.userName))).toBe(pair.firstTimestamp);
    }
  });
});
