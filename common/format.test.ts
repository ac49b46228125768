// The one wording of numbers, counts and time spans shared by the panel, the CLI and the findings.
import {
  codeList,
  formatAge,
  formatCount,
  formatMilliseconds,
  formatNumber,
  formatSeconds,
  formatSpan,
  percent,
  plural,
} from './format';

describe('counts', () => {
  it('separates thousands and says when a count stopped at its cap', () => {
    expect(formatNumber(1_234_567)).toBe('1,234,567');
    expect(formatCount({ value: 4097, atLeast: false })).toBe('4,097');
    expect(formatCount({ value: 10_000, atLeast: true })).toBe('at least 10,000');
  });

  it('agrees the noun with the number', () => {
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(0, 'day')).toBe('0 days');
    expect(plural(2_000, 'index', 'indices')).toBe('2,000 indices');
    expect(percent(0.456)).toBe('46%');
  });
});

describe('formatSpan', () => {
  it.each([
    [6 * 60_000, '6 minutes'],
    [60 * 60_000, '1 hour'],
    [10 * 86_400_000, '10 days'],
  ])('%i ms reads "%s"', (ms, expected) => expect(formatSpan(ms)).toBe(expected));
});

describe('formatAge', () => {
  it.each([
    [20, 'less than a minute ago'],
    [60, '1 minute ago'],
    [47 * 60, '47 minutes ago'],
    [3600, '1 hour ago'],
    [47 * 3600, '47 hours ago'],
    [19 * 86400 + 50, '19 days ago'],
    [-120, 'in 2 minutes'],
    [-20, 'in less than a minute'],
  ])('%i seconds reads "%s"', (seconds, expected) => {
    expect(formatAge(seconds * 1000)).toBe(expected);
  });
});

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

describe('code spans', () => {
  it('lists names as a sentence', () => {
    expect(codeList([])).toBe('');
    expect(codeList(['a'])).toBe('`a`');
    expect(codeList(['a', 'b', 'c'])).toBe('`a`, `b` and `c`');
  });
});
