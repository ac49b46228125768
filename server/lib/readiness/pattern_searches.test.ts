import { NOW, PLAN } from './__fixtures__/plan_and_facts';
import { dayOfHour, patternSearches, searchWindows } from './pattern_searches';
import { COUNT_LIMIT, SAMPLE_SIZE } from './readiness_limits';
import { ruleTimeFilter } from './time_filter';

const HOUR = 3_600_000;

describe('readiness searches', () => {
  const windows = searchWindows(PLAN, NOW);

  it('derives the windows from the rule and the clock', () => {
    expect(windows.history.gte).toEqual(new Date('2026-02-19T12:00:00.000Z'));
    expect(windows.history.lt).toEqual(NOW);
    expect(windows.recent.gte).toEqual(new Date('2026-03-01T11:54:00.000Z'));
    expect(windows.sample.gte).toEqual(new Date('2026-03-01T11:00:00.000Z'));
    expect(windows.days).toBe(10);
    expect(searchWindows({ ...PLAN, historyWindowMs: 36 * HOUR }, NOW).days).toBe(2);
  });

  it('places hour buckets in days counted back from now', () => {
    expect(dayOfHour(NOW.getTime() - HOUR, windows)).toBe(0);
    expect(dayOfHour(NOW.getTime() - 24 * HOUR, windows)).toBe(0);
    expect(dayOfHour(NOW.getTime() - 25 * HOUR, windows)).toBe(1);
    expect(dayOfHour(NOW.getTime() - 49 * HOUR, windows)).toBe(2);
    // Data that starts mid-hour exactly three days ago covers three days, not four.
    expect(dayOfHour(NOW.getTime() - 72 * HOUR - HOUR / 2, windows)).toBe(2);
    // The hour the window starts in still belongs to the oldest day.
    expect(dayOfHour(windows.history.gte.getTime() - HOUR / 2, windows)).toBe(9);
  });

  it('filters time like the engine: override, or @timestamp where the override is missing', () => {
    const range = (field: string) => ({
      range: {
        [field]: {
          gte: '2026-02-19T12:00:00.000Z',
          lte: '2026-03-01T11:59:59.999Z',
          format: 'strict_date_optional_time',
        },
      },
    });
    expect(ruleTimeFilter(PLAN, windows.history)).toEqual({
      bool: {
        minimum_should_match: 1,
        should: [
          range('event.ingested'),
          {
            bool: {
              filter: [
                range('@timestamp'),
                { bool: { must_not: { exists: { field: 'event.ingested' } } } },
              ],
            },
          },
        ],
      },
    });
    expect(ruleTimeFilter({ ...PLAN, timestampFallback: false }, windows.history)).toHaveProperty([
      'range',
      'event.ingested',
    ]);
    expect(ruleTimeFilter({ ...PLAN, timestampOverride: null }, windows.history)).toHaveProperty([
      'range',
      '@timestamp',
    ]);
  });

  it('bounds every search: capped counts, first-hit probes, capped samples, index-served aggregations', () => {
    const searches = patternSearches(PLAN, windows);
    for (const { key, body } of searches) {
      expect({ key, size: body.size }).toEqual({ key, size: 0 });
      const capped = body.track_total_hits === COUNT_LIMIT && body.aggs === undefined;
      const probe = body.terminate_after === 1 && body.aggs === undefined;
      const sample = body.terminate_after === SAMPLE_SIZE;
      // Aggregations the index answers from its points: max without a query, histograms of a range on their field.
      const aggs = Object.values(body.aggs ?? {});
      const maxWithoutQuery = body.query === undefined && aggs.every((a) => a.max !== undefined);
      const histogram =
        aggs.length === 1 &&
        aggs[0].date_histogram?.offset === undefined &&
        Object.keys(body.query?.range ?? {})[0] === aggs[0].date_histogram?.field;
      expect({ key, bounded: capped || probe || sample || maxWithoutQuery || histogram }).toEqual({
        key,
        bounded: true,
      });
    }
    const kinds = searches.map((s) => s.key.kind);
    expect(kinds.filter((k) => k === 'hours')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'sample')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'carries')).toHaveLength(PLAN.requiredQueryFields.length);
    expect(searches).toHaveLength(4 + 2 + 2 + PLAN.requiredQueryFields.length);
  });

  it('combines the rule query with the time filter for the match counts', () => {
    const query = { term: { 'event.outcome': 'success' } };
    const searches = patternSearches({ ...PLAN, query }, windows);
    const recent = searches.find((s) => s.key.kind === 'recent_matches');
    expect(recent?.body.query).toEqual({
      bool: { filter: [ruleTimeFilter(PLAN, windows.recent), query] },
    });
  });

  it('needs no sample and one histogram for a rule without timestamp override', () => {
    const searches = patternSearches({ ...PLAN, timestampOverride: null }, windows);
    expect(searches.map((s) => s.key.kind)).not.toContain('sample');
    expect(searches.filter((s) => s.key.kind === 'hours').map((s) => s.key)).toEqual([
      { kind: 'hours', field: '@timestamp' },
    ]);
    const newest = searches.find((s) => s.key.kind === 'newest');
    expect(Object.keys(newest?.body.aggs ?? {})).toEqual(['@timestamp']);
  });
});
