// Integration: the emulator's new_terms executor held to Kibana's own API integration tests. Each case below
// re-states one of Kibana's (same documents, same rule parameters, same expected alert counts and
// `kibana.alert.new_terms` values) and names it. Sources, in Kibana's repository under
// x-pack/solutions/security/test/security_solution_api_integration/test_suites/detections_response/
// detection_engine/rule_execution_logic/new_terms/trial_license_complete_tier/:
//   new_terms.ts                  — inline documents, and the `new_terms` / `timestamp_fallback` /
//                                   `timestamp_override_3` archives, which are plain JSON and re-stated here
//   new_terms_esql_edge_cases.ts  — nested and flattened field types
//
// Not ported, and why:
//   new_terms.ts, the cases on the `auditbeat/hosts` archive (a binary esArchiver archive):
//     'should generate 1 alert with 1 selected field', 'generates max alerts warning when circuit breaker is
//     exceeded', "doesn't generate max alerts warning when circuit breaker is met but not exceeded", 'should
//     generate 3 alerts when 1 document has 3 new values', '… for multiple fields', 'should generate alerts
//     for every term when history window is small', 'should work for max alerts > 100'
//     (the max_signals cap itself is covered in emulator_executor.test.ts)
//   'should apply exceptions': exception lists are not modelled (and it reads the auditbeat archive)
//   'alerts should be be enriched' / 'with asset criticality': entity-store enrichment is not modelled
//   'manual rule run' (4 cases): backfill (manual) runs and alert suppression are not modelled
//   'preview logged requests' (3 cases): the preview API is not served
//   'with data stream namespace filter': the namespace advanced setting is not modelled
import type { Client } from '@elastic/elasticsearch';
import { createTestEsClient } from '../engine/test_client';
import { startEmulator, type RunningEmulator } from './emulator';
import type { ExecutionRecord } from './executor/execution_record';
import { kibanaCall } from './testing/kibana_call';

const SPACE = 'kibana-new-terms';
const MINUTE = 60_000;
const NOW = new Date(Math.floor(Date.now() / MINUTE) * MINUTE);
/** Kibana's test windows: history documents fall between the two, rule-execution documents at "now". */
const HISTORY_WINDOW_START = '2022-10-13T05:00:04.000Z';
const RULE_EXECUTION_START = '2022-10-19T05:00:04.000Z';
const HISTORY_TIME = '2022-10-16T05:00:04.000Z';
const RECENT_TIME = new Date(NOW.getTime() - MINUTE).toISOString();

const INLINE = 'emutest-kt-inline';
const ARCHIVE = 'emutest-kt-archive';
const FALLBACK = 'emutest-kt-timestamp-fallback';
const FAKE_3 = 'emutest-kt-myfakeindex-3';
const NESTED = 'emutest-kt-nested';
const FLATTENED = 'emutest-kt-flattened';

const keyword = { type: 'keyword' };
/** The fields Kibana's `new_terms` index carries, typed as ECS types them. */
const NEW_TERMS_MAPPINGS = {
  properties: {
    '@timestamp': { type: 'date' },
    id: keyword,
    possibly_null_field: keyword,
    host: { properties: { name: keyword, ip: { type: 'ip' }, domain: keyword } },
    user: { properties: { name: keyword, id: { type: 'long' }, enabled: { type: 'boolean' } } },
    source: { properties: { ip: { type: 'ip' } } },
    tags: keyword,
    large_array_5: keyword,
    large_array_10: keyword,
    large_array_20: keyword,
  },
};

let esClient: Client;
let emulator: RunningEmulator;
let ruleCount = 0;
let testCount = 0;

async function createIndex(index: string, mappings: Record<string, unknown>) {
  await esClient.indices.delete({ index }, { ignore: [404] });
  await esClient.indices.create({
    index,
    settings: { number_of_shards: 1, number_of_replicas: 0 },
    mappings: mappings as never,
  });
}

async function indexDocuments(index: string, documents: Array<Record<string, unknown>>) {
  const response = await esClient.bulk({
    refresh: true,
    operations: documents.flatMap((doc) => [{ index: { _index: index } }, doc]),
  });
  expect(response.errors).toBe(false);
}

/**
 * Kibana's `newTermsTestExecutionSetup`: history documents inside the history window, rule-execution
 * documents now, all tagged with a fresh test id that the rule's query selects.
 */
async function setupTest(
  history: Array<Record<string, unknown>>,
  recent: Array<Record<string, unknown>>,
): Promise<string> {
  testCount += 1;
  const id = `kibana-test-${testCount}`;
  await indexDocuments(INLINE, [
    ...history.map((doc) => ({ ...doc, id, '@timestamp': HISTORY_TIME })),
    ...recent.map((doc) => ({ ...doc, id, '@timestamp': RECENT_TIME })),
  ]);
  return id;
}

/** Kibana's `getCreateNewTermsRulesSchemaMock('rule-1', true)` with a test's parameters over it. */
function ruleOf(params: Record<string, unknown>): Record<string, unknown> {
  return {
    name: 'Query with a rule id',
    description: 'Detecting root and admin users',
    type: 'new_terms',
    severity: 'high',
    risk_score: 55,
    language: 'kuery',
    query: '*',
    index: [INLINE],
    history_window_start: 'now-7d',
    enabled: true,
    ...params,
  };
}

interface RunOutcome {
  record: ExecutionRecord;
  newTerms: unknown[][];
}

/** Creates the rule, runs it once (as Kibana's preview does) and reads back its alerts' new terms. */
async function runRule(params: Record<string, unknown>, space = SPACE): Promise<RunOutcome> {
  ruleCount += 1;
  const created = await kibanaCall(emulator.url, {
    method: 'POST',
    path: '/api/detection_engine/rules',
    space,
    body: { ...ruleOf(params), rule_id: `kibana-rule-${ruleCount}` },
  });
  expect(created.status).toBe(200);
  const id = String(created.body.id);
  const [record] = await emulator.runRules({ space, ids: [id] });
  // A failed run writes no alerts: the cases expecting none must not pass that way.
  expect(record.status).not.toBe('failed');
  const answer = await kibanaCall(emulator.url, {
    method: 'POST',
    path: '/api/detection_engine/signals/search',
    space,
    body: { query: { term: { 'kibana.alert.rule.uuid': id } }, size: 1000 },
  });
  expect(answer.status).toBe(200);
  const hits = (answer.body.hits as { hits: Array<{ _source: Record<string, unknown> }> }).hits;
  return {
    record,
    newTerms: hits.map((hit) => hit._source['kibana.alert.new_terms'] as unknown[]),
  };
}

/** Kibana's `orderBy(newTerms, ['0', '1'])`, for comparing alerts regardless of write order. */
const ordered = (terms: unknown[][]) =>
  [...terms].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

const range = (count: number, name: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => name(i));

/** Kibana's `new_terms` archive, re-stated: 7 documents before 2020-10-19 and 3 after. */
function newTermsArchive(): Array<Record<string, unknown>> {
  const base = {
    possibly_null_field: 'test-value',
    host: { name: 'host-0', ip: '127.0.0.1' },
    'user.name': 'user-0',
    'user.id': 0,
    'user.enabled': true,
    'source.ip': '192.168.1.1',
    tags: ['tag-1', 'tag-2'],
  };
  const user1 = { 'user.name': 'user-1', 'user.id': 1, 'user.enabled': false };
  return [
    {
      ...base,
      '@timestamp': '2020-10-14T05:00:01.000Z',
      id: 'first_doc',
      large_array_10: range(10, (i) => `value-of-10-${i}`),
      large_array_5: range(5, (i) => `value-of-5-${i}`),
      large_array_20: range(20, (i) => `value-of-20-${i}`),
    },
    { ...base, ...user1, '@timestamp': '2020-10-14T05:00:01.000Z', id: 'doc_without_large_arrays' },
    {
      ...base,
      ...user1,
      '@timestamp': '2020-10-14T05:00:01.000Z',
      id: 'doc_with_duplicated_tags',
      tags: ['tag-1', 'tag-2', 'tag-2', 'tag-1', 'tag-1'],
    },
    {
      ...base,
      '@timestamp': '2020-10-14T05:00:02.000Z',
      host: { name: 'host-1', ip: '127.0.0.1' },
      tags: undefined, // this one carries no tags
    },
    { ...base, '@timestamp': '2020-10-14T05:00:02.000Z', host: { name: 'host-1' } },
    {
      ...base,
      '@timestamp': '2020-10-14T05:00:03.000Z',
      host: { name: 'host-1', ip: '127.0.0.2' },
    },
    { ...base, '@timestamp': '2020-10-14T05:00:04.000Z' },
    {
      ...base,
      '@timestamp': '2020-10-20T05:00:04.000Z',
      host: { name: 'host-0', ip: '127.0.0.2' },
    },
    {
      ...base,
      '@timestamp': '2020-10-20T05:00:04.000Z',
      id: 'doc_with_source_ip_as_array',
      host: { name: 'host-0', ip: '127.0.0.2' },
      'source.ip': ['192.168.1.1', '192.168.1.2'],
      tags: ['tag-new-1', 'tag-2', 'tag-new-3'],
    },
    {
      ...base,
      '@timestamp': '2020-10-20T05:00:04.000Z',
      id: 'doc_with_null_field',
      possibly_null_field: null,
      host: { name: 'host-0', ip: '127.0.0.2' },
      'user.id': 1,
      'user.enabled': false,
      large_array_10: range(10, (i) => `a-new-value-of-10-${i}`),
      large_array_5: range(10, (i) => `another-new-value-of-10-${i}`),
      large_array_20: range(20, (i) => `a-new-value-of-20-${i}`),
    },
  ];
}

/** The rule parameters of Kibana's cases on the `new_terms` archive. */
const ARCHIVE_RULE = {
  index: [ARCHIVE],
  from: '2020-10-19T05:00:04.000Z',
  history_window_start: '2020-10-13T05:00:04.000Z',
};

beforeAll(async () => {
  esClient = createTestEsClient();
  await createIndex(INLINE, NEW_TERMS_MAPPINGS);
  await createIndex(ARCHIVE, NEW_TERMS_MAPPINGS);
  await indexDocuments(ARCHIVE, newTermsArchive());
  emulator = await startEmulator({ esClient, now: () => NOW, prebuiltPackage: 'empty' });
});

afterAll(async () => {
  await emulator.stop();
  await esClient.indices.delete(
    { index: [INLINE, ARCHIVE, FALLBACK, FAKE_3, NESTED, FLATTENED] },
    { ignore: [404] },
  );
  await esClient.close();
});

afterEach(() => expect(emulator.rejectedRequests()).toEqual([]));

describe("Kibana's new_terms rule tests on the emulator", () => {
  it('new_terms.ts › should generate 1 alert for unique combination of existing terms', async () => {
    const id = await setupTest(
      [
        { host: { name: 'host-0', ip: '127.0.0.1' } },
        { host: { name: 'host-1', ip: '127.0.0.2' } },
      ],
      [{ host: { name: 'host-0', ip: '127.0.0.2' } }],
    );
    const rule = {
      new_terms_fields: ['host.name', 'host.ip'],
      from: RULE_EXECUTION_START,
      history_window_start: HISTORY_WINDOW_START,
      query: `id: "${id}"`,
    };
    expect((await runRule({ ...rule, new_terms_fields: ['host.ip'] })).newTerms).toEqual([]);
    expect((await runRule({ ...rule, new_terms_fields: ['host.name'] })).newTerms).toEqual([]);
    expect((await runRule(rule)).newTerms).toEqual([['host-0', '127.0.0.2']]);
  });

  it('new_terms.ts › should generate 5 alerts, 1 for each new unique combination in 2 fields', async () => {
    const id = await setupTest(
      [
        { 'source.ip': ['192.168.1.1'], tags: ['tag-1', 'tag-2'] },
        { 'source.ip': ['192.168.1.1'], tags: ['tag-1'] },
      ],
      [{ 'source.ip': ['192.168.1.1', '192.168.1.2'], tags: ['tag-new-1', 'tag-2', 'tag-new-3'] }],
    );
    const { newTerms } = await runRule({
      new_terms_fields: ['source.ip', 'tags'],
      from: RULE_EXECUTION_START,
      history_window_start: HISTORY_WINDOW_START,
      query: `id: "${id}"`,
    });
    expect(ordered(newTerms)).toEqual([
      ['192.168.1.1', 'tag-new-1'],
      ['192.168.1.1', 'tag-new-3'],
      ['192.168.1.2', 'tag-2'],
      ['192.168.1.2', 'tag-new-1'],
      ['192.168.1.2', 'tag-new-3'],
    ]);
  });

  it('new_terms.ts › should generate 1 alert for unique combination of terms, one of which is a number', async () => {
    const id = await setupTest(
      [{ user: { name: 'user-0', id: 0 } }, { user: { name: 'user-1', id: 1 } }],
      [{ user: { name: 'user-0', id: 1 } }],
    );
    const { newTerms } = await runRule({
      new_terms_fields: ['user.name', 'user.id'],
      from: RULE_EXECUTION_START,
      history_window_start: HISTORY_WINDOW_START,
      query: `id: "${id}"`,
    });
    // The number stays a number, as Kibana writes it.
    expect(newTerms).toStrictEqual([['user-0', 1]]);
  });

  it('new_terms.ts › should generate 1 alert for unique combination of terms, one of which is a boolean', async () => {
    const { newTerms } = await runRule({
      ...ARCHIVE_RULE,
      new_terms_fields: ['user.name', 'user.enabled'],
    });
    expect(newTerms).toStrictEqual([['user-0', false]]);
  });

  it('new_terms.ts › should generate 1 alert for new terms if query has wildcard in field path', async () => {
    const id = await setupTest(
      [
        { host: { name: 'host-0', ip: '127.0.0.1' } },
        { host: { name: 'host-1', ip: '127.0.0.2' } },
      ],
      [
        { host: { name: 'host-0', ip: '127.0.0.2' } },
        { host: { name: 'host-1', ip: '127.0.0.1' } },
      ],
    );
    const { newTerms } = await runRule({
      new_terms_fields: ['host.name', 'host.ip'],
      from: RULE_EXECUTION_START,
      history_window_start: HISTORY_WINDOW_START,
      query: `id: "${id}" and host.n*: host-0`,
    });
    expect(newTerms).toEqual([['host-0', '127.0.0.2']]);
  });

  describe('null values', () => {
    it('new_terms.ts › should not generate alerts with null values for single field', async () => {
      const { newTerms } = await runRule({
        ...ARCHIVE_RULE,
        new_terms_fields: ['possibly_null_field'],
      });
      expect(newTerms).toEqual([]);
    });

    it('new_terms.ts › should not generate alerts with null values for multiple fields', async () => {
      const { newTerms } = await runRule({
        ...ARCHIVE_RULE,
        new_terms_fields: ['possibly_null_field', 'host.name'],
      });
      expect(newTerms).toEqual([]);
    });
  });

  describe('large arrays values', () => {
    it('new_terms.ts › should generate alerts for unique values in large array for single field from a single document', async () => {
      const { newTerms } = await runRule({ ...ARCHIVE_RULE, new_terms_fields: ['large_array_20'] });
      expect(newTerms).toHaveLength(20);
    });

    it('new_terms.ts › should generate alerts for array fields that have 100 unique combination of values in runtime field', async () => {
      const { newTerms, record } = await runRule({
        ...ARCHIVE_RULE,
        new_terms_fields: ['large_array_10', 'large_array_5'],
      });
      expect(newTerms).toHaveLength(100);
      // Exactly max_signals: met, not exceeded, so no warning.
      expect(record.status).toBe('succeeded');
    });

    it('new_terms.ts › should generate alert for array fields that have more than 200 unique combination of values in runtime field', async () => {
      const { newTerms } = await runRule({
        ...ARCHIVE_RULE,
        new_terms_fields: ['large_array_10', 'large_array_20'],
      });
      expect(newTerms).toHaveLength(100);
    });

    it('new_terms.ts › should not miss alerts if rule execution value combinations number is greater than 100', async () => {
      const id = await setupTest(
        [{ host: { name: range(100, (i) => `host-${100 + i}`), ip: ['127.0.0.1'] } }],
        [
          {
            host: {
              name: [...range(100, (i) => `host-${100 + i}`), ...range(10, (i) => `a-${i}`)],
              ip: ['127.0.0.1'],
            },
          },
        ],
      );
      const { newTerms } = await runRule({
        new_terms_fields: ['host.name', 'host.ip'],
        from: RULE_EXECUTION_START,
        history_window_start: HISTORY_WINDOW_START,
        query: `id: "${id}"`,
      });
      expect(ordered(newTerms)).toEqual(
        range(10, (i) => `a-${i}`).map((name) => [name, '127.0.0.1']),
      );
    });

    // One document carrying 100 × 100 × 5 = 50,000 combinations, in history and again in the run.
    const fiftyThousand = {
      host: {
        name: range(100, (i) => `host-${100 + i}`),
        domain: range(100, (i) => `domain-${100 + i}`),
      },
      user: { name: range(5, (i) => `user-${100 + i}`) },
    };
    const newcomer = (host: string) => ({
      host: { name: host, domain: 'domain-9999' },
      user: { name: 'user-9999' },
    });
    const threeFields = ['host.name', 'host.domain', 'user.name'];

    it('new_terms.ts › should not miss alerts for high cardinality values in arrays, over 10.000 composite page size', async () => {
      const id = await setupTest([fiftyThousand], [fiftyThousand, newcomer('host-140')]);
      const { newTerms, record } = await runRule({
        new_terms_fields: threeFields,
        from: RULE_EXECUTION_START,
        history_window_start: HISTORY_WINDOW_START,
        query: `id: "${id}"`,
      });
      expect(newTerms).toEqual([['host-140', 'domain-9999', 'user-9999']]);
      expect(record).toMatchObject({ status: 'succeeded', candidateAlerts: 50_001 });
    });

    it('new_terms.ts › should not miss alerts for high cardinality values in arrays, over 10.000 composite page size spread over multiple pages', async () => {
      const hosts = ['host-102', 'host-140', 'host-133', 'host-132'];
      const id = await setupTest([fiftyThousand], [fiftyThousand, ...hosts.map(newcomer)]);
      const { newTerms, record } = await runRule({
        new_terms_fields: threeFields,
        from: RULE_EXECUTION_START,
        history_window_start: HISTORY_WINDOW_START,
        query: `id: "${id}"`,
      });
      // Exactly the 4 new ones: none of the 50,000 seen combinations comes back as new.
      expect(ordered(newTerms)).toEqual(
        ordered(hosts.map((host) => [host, 'domain-9999', 'user-9999'])),
      );
      expect(record).toMatchObject({ status: 'succeeded', candidateAlerts: 50_004 });
    });

    it('new_terms.ts › should not generate false positive alerts if rule historical window combinations overlap execution ones, which have more than 100', async () => {
      const id = await setupTest(
        [{ host: { name: ['a', 'b'], domain: range(200, (i) => `domain-${100 + i}`) } }],
        [
          { host: { name: 'a', domain: range(100, (i) => `domain-${100 + i}`) } },
          { host: { name: 'b', domain: 'domain-201' } },
        ],
      );
      const { newTerms } = await runRule({
        new_terms_fields: ['host.name', 'host.domain'],
        from: RULE_EXECUTION_START,
        history_window_start: HISTORY_WINDOW_START,
        query: `id: "${id}"`,
      });
      expect(newTerms).toEqual([]);
    });

    it('new_terms.ts › should not generate false positive alerts if rule historical window combinations overlap execution ones, which have precisely 100', async () => {
      const id = await setupTest(
        [{ host: { name: ['a', 'b'], domain: range(200, (i) => `domain-${100 + i}`) } }],
        [{ host: { name: 'a', domain: range(100, (i) => `domain-${100 + i}`) } }],
      );
      const { newTerms } = await runRule({
        new_terms_fields: ['host.name', 'host.domain'],
        from: RULE_EXECUTION_START,
        history_window_start: HISTORY_WINDOW_START,
        query: `id: "${id}"`,
      });
      expect(newTerms).toEqual([]);
    });

    // Not Kibana's: the history check must read a seen pair even when it sorts after the first 100 of a
    // 101-combination history document, while a new pair checked in the same batch still alerts.
    it('a seen pair that sorts last in a 101-combination history document does not alert', async () => {
      const domains = range(101, (i) => `domain-${String(i).padStart(3, '0')}`);
      const id = await setupTest(
        [{ host: { name: 'a', domain: domains } }],
        [
          { host: { name: 'a', domain: 'domain-100' } },
          { host: { name: 'a', domain: 'domain-new' } },
        ],
      );
      const { newTerms } = await runRule({
        new_terms_fields: ['host.name', 'host.domain'],
        from: RULE_EXECUTION_START,
        history_window_start: HISTORY_WINDOW_START,
        query: `id: "${id}"`,
      });
      expect(newTerms).toEqual([['a', 'domain-new']]);
    });
  });

  describe('timestamp override and fallback', () => {
    beforeAll(async () => {
      // Kibana's `timestamp_fallback` and `timestamp_override_3` archives, re-stated (strict mappings).
      const message = { type: 'text', fields: { keyword: { type: 'keyword', ignore_above: 256 } } };
      await createIndex(FALLBACK, {
        dynamic: 'strict',
        properties: {
          '@timestamp': { type: 'date' },
          message,
          event: { properties: { ingested: { type: 'date' } } },
          host: { properties: { name: keyword } },
          source: { properties: { ip: { type: 'ip' } } },
        },
      });
      const doc = (host: string, ip: string, at: string, ingested?: string) => ({
        message: 'hello world',
        '@timestamp': at,
        ...(ingested ? { event: { ingested } } : {}),
        host: { name: host },
        source: { ip },
      });
      await indexDocuments(FALLBACK, [
        doc('host-1', '127.0.0.1', '2020-12-16T15:15:18.570Z'),
        doc('host-2', '127.0.0.1', '2020-12-16T15:15:18.570Z', '2020-12-16T15:16:18.570Z'),
        doc('host-3', '127.0.0.2', '2020-12-16T16:15:18.570Z'),
        doc('host-4', '127.0.0.2', '2020-12-16T16:15:18.570Z', '2020-12-16T16:16:18.570Z'),
      ]);
      await createIndex(FAKE_3, {
        dynamic: 'strict',
        properties: { message, '@timestamp': { type: 'date' } },
      });
      await indexDocuments(FAKE_3, [
        { message: 'hello world 3', '@timestamp': '2020-12-16T15:16:18.570Z' },
      ]);
    });

    it('new_terms.ts › timestamp override and fallback › should generate the correct alerts', async () => {
      const { newTerms } = await runRule({
        index: [FALLBACK, FAKE_3],
        new_terms_fields: ['host.name'],
        from: '2020-12-16T16:00:00.000Z',
        history_window_start: '2020-12-16T15:59:00.000Z',
        timestamp_override: 'event.ingested',
      });
      expect(ordered(newTerms)).toEqual([['host-3'], ['host-4']]);
    });
  });

  // new_terms_esql_edge_cases.ts: a plain terms aggregation reads no value from a nested field, so a new
  // nested value never alerts — the behaviour Kibana's aggregation path has always had.
  describe('nested fields', () => {
    beforeAll(async () => {
      await createIndex(NESTED, {
        properties: {
          '@timestamp': { type: 'date' },
          id: keyword,
          host: { properties: { name: keyword } },
          user: { type: 'nested', properties: { name: keyword, id: keyword } },
          process: { type: 'nested', properties: { name: keyword, pid: { type: 'long' } } },
        },
      });
      const doc = (
        at: string,
        host: string,
        user: string,
        userId: string,
        process: string,
        pid: number,
      ) => ({
        '@timestamp': at,
        host: { name: host },
        user: [{ name: user, id: userId }],
        process: [{ name: process, pid }],
      });
      const history = '2022-10-14T05:00:04.000Z';
      const recent = '2022-10-19T05:00:05.000Z';
      await indexDocuments(NESTED, [
        doc(history, 'host-0', 'admin', 'u1', 'sshd', 1234),
        doc(history, 'host-1', 'root', 'u2', 'bash', 5678),
        doc(recent, 'host-0', 'admin', 'u1', 'sshd', 1234),
        doc(recent, 'host-new', 'attacker', 'u3', 'nc', 6666),
      ]);
    });

    const nestedRule = (fields: string[]) => ({
      index: [NESTED],
      new_terms_fields: fields,
      from: RULE_EXECUTION_START,
      history_window_start: HISTORY_WINDOW_START,
    });
    // Alerts copy the event's fields, and the emulator's alerts index maps them dynamically where Kibana's
    // maps ECS (`user.id` keyword): the number case's `user.id: 1` would refuse these string ids in a shared
    // alerts index, so these alerts go to their own space.
    const runNested = (fields: string[]) => runRule(nestedRule(fields), `${SPACE}-nested`);

    it('new_terms_esql_edge_cases.ts › sanity check: non-nested field in same index works correctly', async () => {
      expect((await runNested(['host.name'])).newTerms).toEqual([['host-new']]);
    });

    it('new_terms_esql_edge_cases.ts › does not alert on a new nested field value - user.name "attacker" produces 0 alerts', async () => {
      expect((await runNested(['user.name'])).newTerms).toEqual([]);
    });

    it('new_terms_esql_edge_cases.ts › does not alert on a new combination when one field is nested - host.name+user.name produces 0 alerts', async () => {
      expect((await runNested(['host.name', 'user.name'])).newTerms).toEqual([]);
    });

    it('new_terms_esql_edge_cases.ts › does not alert on a new nested process.name value - "nc" produces 0 alerts', async () => {
      expect((await runNested(['process.name'])).newTerms).toEqual([]);
    });
  });

  // new_terms_esql_edge_cases.ts: flattened sub-fields are aggregatable keywords on Elasticsearch, so new
  // values in them alert. OpenSearch has no `flattened` type: there these cases prove only that the engine
  // is OpenSearch, so on the Elasticsearch engine (the default once merged) they run in full.
  describe('flattened fields', () => {
    let flattenedRefusal: string | undefined;

    beforeAll(async () => {
      try {
        await createIndex(FLATTENED, {
          properties: {
            '@timestamp': { type: 'date' },
            id: keyword,
            host: { properties: { name: keyword } },
            labels: { type: 'flattened' },
          },
        });
      } catch (error) {
        flattenedRefusal = String((error as Error).message);
        return;
      }
      const doc = (at: string, host: string, env: string, team: string) => ({
        '@timestamp': at,
        host: { name: host },
        labels: { env, team },
      });
      const history = '2022-10-14T05:00:04.000Z';
      const recent = '2022-10-19T05:00:05.000Z';
      await indexDocuments(FLATTENED, [
        doc(history, 'host-0', 'production', 'security'),
        doc(history, 'host-1', 'staging', 'platform'),
        doc(recent, 'host-0', 'production', 'security'),
        doc(recent, 'host-new', 'development', 'attackers'),
      ]);
    });

    /** Runs the case where the engine has `flattened`; elsewhere asserts that the engine is OpenSearch. */
    async function onFlattened(fields: string[], expected: unknown[][]) {
      if (flattenedRefusal !== undefined) {
        const info = await esClient.info();
        expect((info.version as { distribution?: string }).distribution).toBe('opensearch');
        expect(flattenedRefusal).toMatch(/flattened/);
        return;
      }
      const { newTerms } = await runRule({
        index: [FLATTENED],
        new_terms_fields: fields,
        from: RULE_EXECUTION_START,
        history_window_start: HISTORY_WINDOW_START,
      });
      expect(newTerms).toEqual(expected);
    }

    it('new_terms_esql_edge_cases.ts › sanity check: non-flattened field in same index works correctly', async () => {
      await onFlattened(['host.name'], [['host-new']]);
    });

    it('new_terms_esql_edge_cases.ts › new flattened subfield value - labels.env "development"', async () => {
      await onFlattened(['labels.env'], [['development']]);
    });

    it('new_terms_esql_edge_cases.ts › new combination when one field is flattened - host.name+labels.env', async () => {
      await onFlattened(['host.name', 'labels.env'], [['host-new', 'development']]);
    });

    it('new_terms_esql_edge_cases.ts › new flattened subfield value - labels.team "attackers"', async () => {
      await onFlattened(['labels.team'], [['attackers']]);
    });
  });
});
