// A generated data set bulk-loaded into the real engine: the exact count lands, the rule's own query
// (translated from the bundled TOML) matches what the generator planted, and the first-seen time of
// every (account, user) pair that matches is what the manifest says.

import type { Client } from '@elastic/elasticsearch';
import { buildRuleQueryFilter } from '../../../server/lib/kql';
import { loadRuleDefinition } from '../../../server/lib/rule';
import { createTestEsClient } from '../engine/test_client';
import { installCloudTrailTemplates } from '../templates/install_templates';
import { bulkLoad } from './bulk_load';
import type { GeneratedDocument } from './ecs_document';
import { generateCloudTrail } from './generate';
import { matchesRuleQuery } from './rule_query_match';
import { BUNDLED_TOML } from '../../support/bundled_rule_text';

const SUFFIX = `b${process.pid}${Date.now().toString(36)}`;
const NAMESPACE = `itest_${SUFFIX}`;
const FILEBEAT_VERSION = `itest-${SUFFIX}`;

/** The bundled rule's KQL, translated as the detection engine does. */
function ruleQuery(): ReturnType<typeof buildRuleQueryFilter> {
  const rule = loadRuleDefinition(BUNDLED_TOML);
  if (rule.rule.query === undefined) throw new Error('the bundled rule has no query');
  return buildRuleQueryFilter({ query: rule.rule.query });
}

describe('bulk loading generated CloudTrail into the engine', () => {
  const dataSet = generateCloudTrail({
    now: Date.now(),
    days: 11,
    eventsPerDay: 800,
    namespace: NAMESPACE,
    filebeatShare: 0.1,
    filebeatVersion: FILEBEAT_VERSION,
  });
  const { manifest } = dataSet;
  const dataStream = manifest.indices.cloudtrail;
  const filebeatStream = manifest.indices.filebeat!;
  let client: Client;
  let loaded: Awaited<ReturnType<typeof bulkLoad>>;
  let matching = 0;

  /** The data set's documents, counting on the way those the rule's query should match. */
  function* counted(): Generator<GeneratedDocument> {
    for (const document of dataSet.documents()) {
      if (matchesRuleQuery(document.doc, document.index)) matching++;
      yield document;
    }
  }

  beforeAll(async () => {
    client = createTestEsClient();
    await installCloudTrailTemplates(client, { namespaces: ['default', NAMESPACE] });
    loaded = await bulkLoad(client, counted(), { tuneDataStreams: [dataStream] });
  }, 300_000);

  afterAll(async () => {
    await client.indices.deleteDataStream(
      { name: [dataStream, filebeatStream] },
      { ignore: [404] },
    );
    await client.indices.deleteIndexTemplate(
      { name: `logs-aws.cloudtrail-${NAMESPACE}` },
      { ignore: [404] },
    );
    await client.close();
  });

  it('lands the exact count, per data stream', async () => {
    expect(loaded.failures).toEqual([]);
    expect(loaded.documents).toBe(manifest.documents.total);
    expect(loaded.indices).toEqual([dataStream, filebeatStream].sort());
    for (const [index, count] of Object.entries(manifest.documents.byIndex)) {
      expect([index, (await client.count({ index })).count]).toEqual([index, count]);
    }
    const { data_streams } = await client.indices.getDataStream({
      name: [dataStream, filebeatStream],
    });
    expect(data_streams).toHaveLength(2);
  });

  it('restores refresh and translog settings of the tuned data stream', async () => {
    const settings = await client.indices.getSettings({ index: dataStream, flat_settings: true });
    for (const backing of Object.values(settings)) {
      expect(backing.settings).toMatchObject({
        'index.refresh_interval': '1s',
        'index.translog.durability': 'request',
      });
    }
  });

  it("matches with the rule's translated query exactly the documents the generator planted to match", async () => {
    const query = ruleQuery();
    const { count } = await client.count({ index: [dataStream, filebeatStream], query });
    expect(count).toBe(matching);
    expect(count).toBeGreaterThan(0);
  });

  it('finds every matching (account, user) pair first seen where the manifest says', async () => {
    const response = await client.search({
      index: [dataStream, filebeatStream],
      size: 0,
      query: ruleQuery(),
      aggs: {
        pairs: {
          composite: {
            size: 1000,
            sources: [
              { account: { terms: { field: 'cloud.account.id' } } },
              { user: { terms: { field: 'user.name' } } },
            ],
          },
          aggs: {
            first: { min: { field: 'event.ingested' } },
            firstTimestamp: { min: { field: '@timestamp' } },
          },
        },
      },
    });
    const buckets = (
      response.aggregations!.pairs as {
        buckets: Array<{
          key: { account: string; user: string };
          first: { value: number | null };
          firstTimestamp: { value: number };
        }>;
      }
    ).buckets;
    const found = new Map(buckets.map((b) => [`${b.key.account}/${b.key.user}`, b]));
    for (const pair of manifest.rareRecon) {
      const bucket = found.get(`${pair.accountId}/${pair.userName}`);
      expect(bucket && new Date(bucket.first.value!).toISOString()).toBe(pair.firstIngested);
    }
    for (const pair of manifest.rareReconWithoutIngested) {
      const bucket = found.get(`${pair.accountId}/${pair.userName}`);
      expect(bucket?.first.value).toBeNull();
      expect(bucket && new Date(bucket.firstTimestamp.value).toISOString()).toBe(
        pair.firstTimestamp,
      );
    }
    for (const pair of manifest.dailyAutomation) {
      const bucket = found.get(`${pair.accountId}/${pair.userName}`);
      expect(bucket && new Date(bucket.first.value!).toISOString()).toBe(pair.firstIngested);
    }
    expect(found.size).toBe(
      manifest.rareRecon.length +
        manifest.rareReconWithoutIngested.length +
        manifest.dailyAutomation.length,
    );
  });
});
