// Readiness probe: the Elasticsearch calls of one pattern and how their answers become facts.
import type { estypes } from '@elastic/elasticsearch';
import { NOW, PLAN } from '../../../test/support/readiness/plan_and_facts';
import { responseError } from '../../../test/support/readiness/response_error';
import { UpstreamError } from '../errors';
import { mappingServesRoles } from './judge';
import { searchWindows } from './plan';
import { probePattern, summarizeFieldCaps, type ReadinessEsClient } from './probe';

type Body = estypes.SearchSearchRequestBody;

/** Answers each sub-search from a function of its body; records the order calls start and end. */
function fakeClient(options: {
  resolve?: () => Promise<estypes.IndicesResolveIndexResponse>;
  fieldCaps?: () => Promise<estypes.FieldCapsResponse>;
  answer?: (body: Body) => estypes.MsearchResponseItem;
}) {
  const events: string[] = [];
  const timed = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    events.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    try {
      return await run();
    } finally {
      events.push(`end ${name}`);
    }
  };
  const client: ReadinessEsClient = {
    indices: {
      resolveIndex: () =>
        timed(
          'resolve',
          options.resolve ??
            (async () => ({
              indices: [
                {
                  name: '.ds-logs-aws.cloudtrail-default-000001',
                  attributes: [],
                  data_stream: 'logs-aws.cloudtrail-default',
                },
              ],
              aliases: [],
              data_streams: [
                {
                  name: 'logs-aws.cloudtrail-default',
                  timestamp_field: '@timestamp',
                  backing_indices: [],
                },
              ],
            })),
        ),
    },
    fieldCaps: () =>
      timed(
        'field_caps',
        options.fieldCaps ??
          (async () => ({
            indices: ['.ds-logs-aws.cloudtrail-default-000001'],
            fields: {
              'user.name': { keyword: { type: 'keyword', searchable: true, aggregatable: true } },
              'event.ingested': { date: { type: 'date', searchable: true, aggregatable: true } },
            },
          })),
      ),
    msearch: (params) =>
      timed('msearch', async () => {
        const bodies = (params.searches ?? []).filter((_, i) => i % 2 === 1) as Body[];
        const answer = options.answer ?? (() => hits(0));
        return { took: 1, responses: bodies.map(answer) };
      }),
  };
  return { client, events };
}

function hits(
  total: number,
  relation: 'eq' | 'gte' = 'eq',
  aggregations?: Record<string, estypes.AggregationsAggregate>,
): estypes.MsearchResponseItem {
  return {
    took: 1,
    timed_out: false,
    _shards: { total: 1, successful: 1, failed: 0 },
    hits: { total: { value: total, relation }, hits: [] },
    aggregations,
  };
}

const HOUR = 3_600_000;

const windows = searchWindows(PLAN, NOW);

describe('probing one pattern', () => {
  it('starts resolve, field_caps and the multi-search together', async () => {
    const { client, events } = fakeClient({});
    await probePattern(client, PLAN, 'logs-aws.cloudtrail-*', windows);
    expect(events.slice(0, 3).sort()).toEqual([
      'start field_caps',
      'start msearch',
      'start resolve',
    ]);
  });

  it('reads counts, newest values, samples, days and carried fields from the multi-search answers', async () => {
    const at = (ms: number) => ({ value: ms, value_as_string: new Date(ms).toISOString() });
    const { client } = fakeClient({
      answer: (body) => {
        const aggs = body.aggs ?? {};
        if ('@timestamp' in aggs) {
          return hits(0, 'eq', {
            '@timestamp': at(NOW.getTime() - 2 * 60_000),
            'event.ingested': at(NOW.getTime() - 30_000),
          });
        }
        if ('sampled' in aggs) {
          const recent = JSON.stringify(body.query ?? {}).includes(
            windows.sample.gte.toISOString(),
          );
          return hits(0, 'eq', {
            sampled: { doc_count: recent ? 80 : 100 },
            carrying: { doc_count: recent ? 20 : 100 },
          } as Record<string, estypes.AggregationsAggregate>);
        }
        if ('hours' in aggs) {
          // By event.ingested: hours in the newest three days; by @timestamp: one more, nine days back.
          const byIngested = aggs.hours.date_histogram?.field === 'event.ingested';
          const keys = byIngested
            ? [1, 30, 50].map((h) => NOW.getTime() - h * HOUR)
            : [NOW.getTime() - 9.5 * 24 * HOUR];
          return hits(0, 'eq', {
            hours: { buckets: keys.map((key) => ({ key, doc_count: 5 })) },
          } as Record<string, estypes.AggregationsAggregate>);
        }
        if (body.terminate_after === 1) {
          const carried = body.query?.bool?.filter;
          const exists = Array.isArray(carried) ? carried[1]?.exists?.field : undefined;
          return hits(exists === 'data_stream.dataset' ? 0 : 1);
        }
        const text = JSON.stringify(body.query ?? {});
        if (text.includes('match_all')) {
          return text.includes(windows.recent.gte.toISOString()) ? hits(2) : hits(10_000, 'gte');
        }
        return hits(10_000, 'gte');
      },
    });
    const facts = await probePattern(client, PLAN, 'logs-aws.cloudtrail-*', windows);
    expect(facts).toMatchObject({
      resolves: true,
      targets: ['logs-aws.cloudtrail-default'],
      windowCount: { value: 10_000, atLeast: true },
      recentMatches: { value: 2, atLeast: false },
      windowMatches: { value: 10_000, atLeast: true },
      newestEvent: '2026-03-01T11:58:00.000Z',
      newestOverride: '2026-03-01T11:59:30.000Z',
      sampled: 80,
      sampledWithOverride: 20,
      sampleScope: 'recent',
      queryError: null,
      errors: [],
    });
    expect(facts.daysWithData).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(Object.fromEntries(facts.carries)).toEqual({
      'data_stream.dataset': false,
      'event.provider': true,
      'event.action': true,
      'event.outcome': true,
    });
    expect(facts.fields.get('user.name')?.types).toEqual(['keyword']);
    expect(facts.fields.get('data_stream.dataset')?.types).toEqual([]);
  });

  it('samples the whole window when nothing arrived in the last hour', async () => {
    const { client } = fakeClient({
      answer: (body) => {
        if (body.aggs && 'sampled' in body.aggs) {
          const recent = JSON.stringify(body.query ?? {}).includes(
            windows.sample.gte.toISOString(),
          );
          return hits(0, 'eq', {
            sampled: { doc_count: recent ? 0 : 100 },
            carrying: { doc_count: recent ? 0 : 7 },
          } as Record<string, estypes.AggregationsAggregate>);
        }
        return hits(0);
      },
    });
    const facts = await probePattern(client, PLAN, 'logs-aws.cloudtrail-*', windows);
    expect(facts).toMatchObject({ sampled: 100, sampledWithOverride: 7, sampleScope: 'window' });
  });

  it('keeps a failed query apart from other failed searches', async () => {
    const failure: estypes.ErrorResponseBase = {
      status: 400,
      error: { type: 'query_shard_exception', reason: 'failed to create query' },
    };
    const { client } = fakeClient({
      answer: (body) =>
        JSON.stringify(body.query ?? {}).includes('match_all') ? failure : hits(0),
    });
    const facts = await probePattern(client, PLAN, 'logs-aws.cloudtrail-*', windows);
    expect(facts.queryError).toBe('failed to create query');
    expect(facts.windowMatches).toBeNull();
    expect(facts.errors).toEqual([]);
  });

  it('turns a 404 from resolve into "resolves nothing" and a 403 into a finding', async () => {
    const missing = fakeClient({
      resolve: () => Promise.reject(responseError(404, 'no such index')),
    });
    expect((await probePattern(missing.client, PLAN, 'x-*', windows)).resolves).toBe(false);

    const refused = fakeClient({
      fieldCaps: () =>
        Promise.reject(responseError(403, 'action [indices:data/read/field_caps] is unauthorized')),
    });
    const facts = await probePattern(refused.client, PLAN, 'logs-*', windows);
    expect(facts.forbidden).toBe(true);
    expect(facts.errors[0]).toContain('unauthorized');
  });

  it('fails the whole check for anything else, without leaking the stack', async () => {
    const broken = fakeClient({
      resolve: () => Promise.reject(responseError(500, 'shard failure')),
    });
    const attempt = probePattern(broken.client, PLAN, 'logs-*', windows);
    await expect(attempt).rejects.toBeInstanceOf(UpstreamError);
    await expect(attempt).rejects.toMatchObject({
      statusCode: 502,
      message: expect.stringContaining('shard failure'),
    });
  });
});

describe('field_caps summary', () => {
  const response = {
    indices: ['a-1', 'a-2', 'b-1'],
    fields: {
      'user.name': { keyword: { type: 'keyword', searchable: true, aggregatable: true } },
      'event.ingested': {
        date: { type: 'date', searchable: true, aggregatable: true, indices: ['a-1', 'a-2'] },
        unmapped: { type: 'unmapped', searchable: false, aggregatable: false, indices: ['b-1'] },
      },
      'data_stream.dataset': {
        unmapped: { type: 'unmapped', searchable: false, aggregatable: false },
      },
      'user.id': {
        keyword: { type: 'keyword', searchable: true, aggregatable: true, indices: ['a-1'] },
        text: {
          type: 'text',
          searchable: true,
          aggregatable: false,
          indices: ['a-2'],
          non_aggregatable_indices: ['a-2'],
        },
      },
    },
  };
  const summary = summarizeFieldCaps(response, [
    'user.name',
    'event.ingested',
    'data_stream.dataset',
    'user.id',
    'absent.field',
  ]);

  it('reads a field mapped everywhere', () => {
    expect(summary.get('user.name')).toEqual({
      field: 'user.name',
      types: ['keyword'],
      aggregatable: true,
      unmappedIndices: [],
    });
  });

  it('names the indices where a field is unmapped', () => {
    expect(summary.get('event.ingested')?.types).toEqual(['date']);
    expect(summary.get('event.ingested')?.unmappedIndices).toEqual(['b-1']);
  });

  it('treats a field unmapped everywhere (or not reported) as unmapped in every index', () => {
    expect(summary.get('data_stream.dataset')).toMatchObject({
      types: [],
      unmappedIndices: ['a-1', 'a-2', 'b-1'],
    });
    expect(summary.get('absent.field')).toMatchObject({ types: [], aggregatable: false });
  });

  it('is not aggregatable when any index maps it as text', () => {
    expect(summary.get('user.id')).toMatchObject({
      types: ['keyword', 'text'],
      aggregatable: false,
    });
  });

  it('judges mappings by role', () => {
    const date = summary.get('event.ingested');
    const keyword = summary.get('user.name');
    if (!date || !keyword) throw new Error('missing');
    expect(mappingServesRoles(date, ['timestamp_override'])).toBe(true);
    expect(mappingServesRoles(keyword, ['timestamp_override'])).toBe(false);
    expect(mappingServesRoles(keyword, ['new_terms', 'query'])).toBe(true);
    const text = summary.get('user.id');
    if (!text) throw new Error('missing');
    expect(mappingServesRoles(text, ['query'])).toBe(true);
    expect(mappingServesRoles(text, ['new_terms'])).toBe(false);
  });
});
