// Durations and date math as rule files, Kibana and the panel write them.
import { durationMs, isDateMath, lookBackMs, relativeOffsetMs } from './time';

describe('durationMs', () => {
  it.each([
    ['30s', 30_000],
    ['5m', 300_000],
    [' 2h ', 7_200_000],
    ['6h', 6 * 3_600_000],
    ['1d', 86_400_000],
    ['1w', 7 * 86_400_000],
    ['250ms', 250],
  ])('reads %j', (text, ms) => expect(durationMs(text)).toBe(ms));

  it.each(['5 minutes', 'soon', '', '1M', '0m', 'now-5m'])(
    'is null for %j instead of guessing',
    (text) => expect(durationMs(text)).toBeNull(),
  );
});

describe('isDateMath', () => {
  it.each([
    'now',
    'now-6m',
    'now-10d',
    'now-1d/d',
    'now+1h-30m',
    '2026-01-01',
    '2026-01-01T00:00:00Z||-1d',
  ])('accepts %s', (text) => expect(isDateMath(text)).toBe(true));
  it.each(['yesterday', 'now-6x', ' now', 'now-', '2026-13-45', 'now-6m ', ''])(
    'rejects %j',
    (text) => expect(isDateMath(text)).toBe(false),
  );
});

describe('relativeOffsetMs', () => {
  it('sums the steps after now', () => {
    expect(relativeOffsetMs('now-10d')).toBe(-10 * 86_400_000);
    expect(relativeOffsetMs('now-6m')).toBe(-360_000);
    expect(relativeOffsetMs('now+1h-30m/h')).toBe(1_800_000);
  });
  it('is null for absolute dates', () => {
    expect(relativeOffsetMs('2026-01-01')).toBeNull();
  });
});

describe('lookBackMs', () => {
  it('reads the rule look-back and history window', () => {
    expect(lookBackMs('now-6m')).toBe(6 * 60_000);
    expect(lookBackMs('now-10d')).toBe(10 * 86_400_000);
    expect(lookBackMs(' now-2h ')).toBe(2 * 3_600_000);
  });
  it.each(['now', '2026-01-01', 'now+1d', 'yesterday'])('is null for %j', (text) =>
    expect(lookBackMs(text)).toBeNull(),
  );
});
