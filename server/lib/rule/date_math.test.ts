// Date math as rule files write it: accepted forms and the offsets used to compare windows.
import { isDateMath, relativeOffsetMs } from './date_math';

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
