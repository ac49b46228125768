import { alertsSearch } from './alerts_search';

const NOW = new Date('2026-03-01T12:00:00.000Z');

describe('the alerts search', () => {
  const body = alertsSearch({
    ruleUuids: ['so-1'],
    range: '7d',
    now: NOW,
    newTermsFields: ['cloud.account.id', 'user.name'],
    investigationFields: ['user.name', 'source.ip'],
  });

  it('is scoped to the deployed rule and returns no hits of its own', () => {
    expect(body.size).toBe(0);
    expect(body.track_total_hits).toBe(false);
    expect(body.query).toEqual({
      bool: { filter: [{ terms: { 'kibana.alert.rule.uuid': ['so-1'] } }] },
    });
  });

  it('counts the three fixed ranges whatever range is shown', () => {
    expect(body.aggs?.totals).toEqual({
      filters: {
        filters: {
          '24h': { range: { '@timestamp': { gte: '2026-02-28T12:00:00.000Z' } } },
          '7d': { range: { '@timestamp': { gte: '2026-02-22T12:00:00.000Z' } } },
          '30d': { range: { '@timestamp': { gte: '2026-01-30T12:00:00.000Z' } } },
        },
      },
    });
  });

  it('breaks the shown range down by status, time, new-terms pair and newest alerts', () => {
    const inRange = body.aggs?.in_range;
    expect(inRange?.filter).toEqual({
      range: { '@timestamp': { gte: '2026-02-22T12:00:00.000Z' } },
    });
    expect(inRange?.aggs?.histogram.date_histogram).toMatchObject({
      fixed_interval: '6h',
      min_doc_count: 0,
      extended_bounds: { min: Date.parse('2026-02-22T12:00:00.000Z'), max: NOW.getTime() },
    });
    expect(inRange?.aggs?.top_pairs).toEqual({
      multi_terms: { terms: [{ field: 'cloud.account.id' }, { field: 'user.name' }], size: 10 },
    });
    const newest = inRange?.aggs?.newest.top_hits;
    expect(newest?.sort).toEqual([{ '@timestamp': { order: 'desc' } }]);
    expect(newest?._source).toEqual({
      includes: expect.arrayContaining([
        'kibana.alert.uuid',
        'kibana.alert.workflow_status',
        'user.name',
        'source.ip',
      ]),
    });
  });

  it('uses terms for a single new-terms field', () => {
    const single = alertsSearch({
      ruleUuids: ['so-1'],
      range: '24h',
      now: NOW,
      newTermsFields: ['user.name'],
      investigationFields: [],
    });
    expect(single.aggs?.in_range.aggs?.top_pairs).toEqual({
      terms: { field: 'user.name', size: 10 },
    });
    expect(single.aggs?.in_range.aggs?.histogram.date_histogram?.fixed_interval).toBe('1h');
  });
});
