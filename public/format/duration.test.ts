import { formatMilliseconds, formatSeconds } from './duration';

describe('durations', () => {
  it.each([
    [450, '450 ms'],
    [2400, '2.4 s'],
    [60_000, '1 min'],
    [200_000, '3 min 20 s'],
    [7_500_000, '2 h 5 min'],
  ])('%i ms reads "%s"', (ms, expected) => {
    expect(formatMilliseconds(ms)).toBe(expected);
  });

  it('reads whole seconds without a decimal', () => {
    expect(formatSeconds(45)).toBe('45 s');
    expect(formatSeconds(240)).toBe('4 min');
  });
});
