// The official Elastic client against the embedded OpenSearch (always OpenSearch, whatever the run's default engine:
// this is what the compatibility layer is for) through both variants: every API the product relies on, from GET / to
// composite aggregations and constant_keyword.
import { Client, errors } from '@elastic/elasticsearch';
import { DEMO_PASSWORD } from '../auth/users';
import { createTestEsClient } from './test_client';

// The proxy authenticates like a secured Elasticsearch: templates and data streams need the superuser.
const SUPERUSER = { username: 'elastic', password: DEMO_PASSWORD };

interface SmokeDoc {
  '@timestamp': string;
  user: { name: string };
  event: { action: string };
}

const variants: Array<[string, string, () => Client]> = [
  ['compat transport', 'transport', () => createTestEsClient(requireEnv('ENGINE_URL_OPENSEARCH'))],
  [
    'compat proxy',
    'proxy',
    () => new Client({ node: requireEnv('ELASTICSEARCH_URL_OPENSEARCH'), auth: SUPERUSER }),
  ],
  [
    'compat proxy with gzip requests',
    'gzip',
    () =>
      new Client({
        node: requireEnv('ELASTICSEARCH_URL_OPENSEARCH'),
        auth: SUPERUSER,
        compression: true,
      }),
  ],
];

describe.each(variants)('official client through the %s', (_label, variant, makeClient) => {
  const dataset = `smoke.${variant}`;
  const dataStream = `logs-${dataset}-default`;
  const template = `smoke-${variant}`;
  let client: Client;

  beforeAll(() => {
    client = makeClient();
  });

  afterAll(async () => {
    await client.indices.deleteDataStream({ name: dataStream }, { ignore: [404] });
    await client.indices.deleteIndexTemplate({ name: template }, { ignore: [404] });
    await client.close();
  });

  it('answers GET / as OpenSearch 2.x', async () => {
    const info = await client.info();
    const version = info.version as typeof info.version & { distribution?: string };
    expect(version.distribution).toBe('opensearch');
    expect(version.number).toMatch(/^2\.19\./);
  });

  it('creates an index template with a data stream and indexes a document into it', async () => {
    await client.indices.putIndexTemplate({
      name: template,
      index_patterns: [`logs-${dataset}-*`],
      data_stream: {},
      priority: 500,
      template: {
        settings: { number_of_replicas: 0 },
        mappings: {
          properties: {
            '@timestamp': { type: 'date' },
            user: { properties: { name: { type: 'keyword' } } },
            event: { properties: { action: { type: 'keyword' } } },
            data_stream: {
              properties: {
                type: { type: 'constant_keyword', value: 'logs' },
                dataset: { type: 'constant_keyword', value: dataset },
                namespace: { type: 'constant_keyword', value: 'default' },
              },
            },
          },
        },
      },
    });
    const created = await client.index<SmokeDoc>({
      index: dataStream,
      document: doc('alice', 'GetInventory', 0),
      refresh: true,
    });
    expect(created.result).toBe('created');
    expect(created._index.length).toBeGreaterThan(0);

    const { count } = await client.count({ index: dataStream });
    expect(count).toBe(1);
    // HEAD requests and the data stream API go through the same layer.
    expect(await client.indices.existsIndexTemplate({ name: template })).toBe(true);
    expect(await client.indices.existsIndexTemplate({ name: `${template}-missing` })).toBe(false);
    const streams = await client.indices.getDataStream({ name: dataStream });
    expect(streams.data_streams.map((ds) => ds.name)).toEqual([dataStream]);
  });

  it('resolves the data stream with _resolve/index', async () => {
    const resolved = await client.indices.resolveIndex({ name: `logs-${dataset}-*` });
    expect(resolved.data_streams.map((ds) => ds.name)).toEqual([dataStream]);
    expect(resolved.data_streams[0]?.timestamp_field).toBe('@timestamp');
  });

  it('answers field_caps with the fields sent the way the client sends them', async () => {
    const caps = await client.fieldCaps({
      index: dataStream,
      fields: ['user.name', 'data_stream.*'],
    });
    expect(caps.fields['user.name']?.keyword?.aggregatable).toBe(true);
    expect(caps.fields['data_stream.dataset']?.constant_keyword?.searchable).toBe(true);
    expect(caps.fields['event.action']).toBeUndefined();

    const all = await client.fieldCaps({ index: `logs-${dataset}-*`, fields: '*' });
    expect(Object.keys(all.fields)).toEqual(
      expect.arrayContaining(['@timestamp', 'event.action', 'user.name']),
    );
  });

  it('takes a bulk of NDJSON create actions', async () => {
    const users = ['alice', 'bob', 'carol', 'alina', 'dave'];
    const actions = ['GetInventory', 'ListInventoryEntries', 'GetInventorySchema'];
    const operations = Array.from({ length: 30 }, (_, i) => [
      { create: {} },
      doc(users[i % users.length] as string, actions[i % actions.length] as string, i + 1),
    ]).flat();
    const response = await client.bulk({ index: dataStream, operations, refresh: true });
    expect(response.errors).toBe(false);
    expect(response.items).toHaveLength(30);
    expect((await client.count({ index: dataStream })).count).toBe(31);
  });

  it('pages a composite aggregation to the end', async () => {
    const pairs: string[] = [];
    let after: Record<string, string | number | null> | undefined;
    for (let page = 0; page < 10; page++) {
      const response = await client.search({
        index: dataStream,
        size: 0,
        aggs: {
          pairs: {
            composite: {
              size: 4,
              sources: [
                { user: { terms: { field: 'user.name' } } },
                { action: { terms: { field: 'event.action' } } },
              ],
              ...(after ? { after } : {}),
            },
          },
        },
      });
      const agg = response.aggregations?.pairs as
        | { buckets: Array<{ key: Record<string, string> }>; after_key?: Record<string, string> }
        | undefined;
      pairs.push(...(agg?.buckets ?? []).map((b) => `${b.key.user}/${b.key.action}`));
      if (!agg?.after_key || agg.buckets.length === 0) {
        break;
      }
      after = agg.after_key;
    }
    // 5 users x 3 actions, with 30 docs cycling both lists: every pair occurs (gcd 1), plus alice's first doc.
    expect(new Set(pairs).size).toBe(15);
    expect(pairs).toHaveLength(15);
    expect(pairs[0]).toBe('alice/GetInventory');
  });

  it('runs a wildcard query on a keyword field', async () => {
    const { count } = await client.count({
      index: dataStream,
      query: { wildcard: { 'user.name': { value: 'ali*' } } },
    });
    // alice: first doc + 6 in the bulk; alina: 6 in the bulk.
    expect(count).toBe(13);
  });

  it('filters on constant_keyword data_stream fields', async () => {
    const matching = await client.count({
      index: dataStream,
      query: { term: { 'data_stream.dataset': dataset } },
    });
    expect(matching.count).toBe(31);
    const other = await client.count({
      index: dataStream,
      query: { term: { 'data_stream.dataset': 'other' } },
    });
    expect(other.count).toBe(0);
    const wildcard = await client.count({
      index: dataStream,
      query: { wildcard: { 'data_stream.dataset': 'smoke.*' } },
    });
    expect(wildcard.count).toBe(31);
  });

  // Known OpenSearch 2.19 defect: doc values of constant_keyword (terms/composite aggregations, docvalue_fields)
  // yield the backing index name instead of the mapped value. Aggregate on keyword fields only; this test fails
  // once an engine upgrade fixes it, so the advice can be dropped then.
  it('keys a terms aggregation on constant_keyword by index name (OpenSearch 2.19 defect)', async () => {
    const response = await client.search({
      index: dataStream,
      size: 0,
      aggs: { datasets: { terms: { field: 'data_stream.dataset' } } },
    });
    const buckets = (
      response.aggregations?.datasets as { buckets: Array<{ key: string; doc_count: number }> }
    ).buckets;
    expect(buckets).toHaveLength(1);
    expect(buckets[0]?.doc_count).toBe(31);
    expect(buckets[0]?.key).not.toBe(dataset);
    expect(buckets[0]?.key).toMatch(/^\.ds-/);
  });
});

describe('the official client without a compatibility layer', () => {
  it('refuses OpenSearch, which is why the layer exists', async () => {
    const plain = new Client({ node: requireEnv('ENGINE_URL_OPENSEARCH'), maxRetries: 0 });
    try {
      await expect(plain.info()).rejects.toBeInstanceOf(errors.ProductNotSupportedError);
    } finally {
      await plain.close();
    }
  });
});

function doc(user: string, action: string, minute: number): SmokeDoc {
  return {
    '@timestamp': new Date(Date.UTC(2024, 0, 1, 0, minute)).toISOString(),
    user: { name: user },
    event: { action },
  };
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: the Jest global setup starts the engine and sets it`);
  }
  return value;
}
