import { NOW, PLAN } from './__fixtures__/plan_and_facts';
import { patternSearches, searchWindows } from './pattern_searches';
import { COUNT_LIMIT } from './readiness_limits';
import { ruleTimeFilter } from './time_filter';

describe('readiness searches', () => {
  const windows = searchWindows(PLAN, NOW);

  it('splits the history window into days, newest first, ending now', () => {
    expect(windows.days).toHaveLength(10);
    expect(windows.days[0]).toEqual({
      gte: new Date('2026-02-28T12:00:00.000Z'),
      lt: NOW,
    });
    expect(windows.days[9].gte).toEqual(new Date('2026-02-19T12:00:00.000Z'));
    expect(windows.history.gte).toEqual(windows.days[9].gte);
    expect(windows.recent.gte).toEqual(new Date('2026-03-01T11:54:00.000Z'));
  });

  it('clips a partial last day to the window', () => {
    const w = searchWindows({ ...PLAN, historyWindowMs: 36 * 3_600_000 }, NOW);
    expect(w.days).toHaveLength(2);
    expect(w.days[1].gte).toEqual(w.history.gte);
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

  it('bounds every search: capped counts, first-hit existence probes, or small sorted samples', () => {
    const searches = patternSearches(PLAN, windows);
    for (const { key, body } of searches) {
      expect(body.aggs).toBeUndefined();
      const capped = body.size === 0 && body.track_total_hits === COUNT_LIMIT;
      const probe = body.size === 0 && body.terminate_after === 1;
      const sample =
        (body.size ?? 0) <= 100 && body.track_total_hits === false && body.sort !== undefined;
      expect({ key, bounded: capped || probe || sample }).toEqual({ key, bounded: true });
    }
    const kinds = searches.map((s) => s.key.kind);
    expect(kinds.filter((k) => k === 'day')).toHaveLength(10);
    expect(kinds.filter((k) => k === 'carries')).toHaveLength(PLAN.requiredQueryFields.length);
    expect(kinds).toContain('newest_override');
  });

  it('combines the rule query with the time filter for the match counts', () => {
    const searches = patternSearches(
      { ...PLAN, query: { term: { 'event.outcome': 'success' } } },
      windows,
    );
    const recent = searches.find((s) => s.key.kind === 'recent_matches');
    expect(recent?.body.query).toEqual({
      bool: {
        filter: [ruleTimeFilter(PLAN, windows.recent), { term: { 'event.outcome': 'success' } }],
      },
    });
  });

  it('skips the override searches for a rule without timestamp override', () => {
    const searches = patternSearches({ ...PLAN, timestampOverride: null }, windows);
    expect(searches.map((s) => s.key.kind)).not.toContain('newest_override');
    const sample = searches.find((s) => s.key.kind === 'newest_sample');
    expect(sample?.body.fields).toEqual(['@timestamp']);
  });
});
