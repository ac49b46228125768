import { gapMessage } from './gap_message';
import { ruleRangeTuples } from './range_tuples';

const at = (iso: string) => new Date(iso);
const base = { from: 'now-6m', to: 'now', interval: '5m' };

describe("Kibana's rule range tuples", () => {
  it('searches [now-6m, now] on the first run', () => {
    const { tuples, remainingGapMs } = ruleRangeTuples({
      ...base,
      startedAt: at('2026-04-10T12:00:00Z'),
    });
    expect(tuples).toEqual([{ from: at('2026-04-10T11:54:00Z'), to: at('2026-04-10T12:00:00Z') }]);
    expect(remainingGapMs).toBe(0);
  });

  it('has no gap when runs follow each other within the look-back', () => {
    const result = ruleRangeTuples({
      ...base,
      startedAt: at('2026-04-10T12:05:00Z'),
      previousStartedAt: at('2026-04-10T12:00:00Z'),
    });
    expect(result.tuples).toHaveLength(1);
    expect(result.remainingGapMs).toBe(0);
  });

  it('catches up at most four missed intervals and reports the rest as a gap', () => {
    const result = ruleRangeTuples({
      ...base,
      startedAt: at('2026-04-10T13:00:00Z'),
      previousStartedAt: at('2026-04-10T12:00:00Z'),
    });
    // Gap = 60m - 6m = 54m; 4 × 5m caught up; 34m remain.
    expect(result.tuples).toHaveLength(5);
    expect(result.tuples[0]).toEqual({
      from: at('2026-04-10T12:34:00Z'),
      to: at('2026-04-10T12:40:00Z'),
    });
    expect(result.remainingGapMs).toBe(34 * 60_000);
    expect(gapMessage(result.remainingGapMs)).toBe(
      '34 minutes (2040000ms) were not queried between this rule execution and the last execution, so signals may have been missed. Consider increasing your look behind time or adding more Kibana instances',
    );
  });
});
