import { formatDateTime, formatRelative } from './date_time';

describe('formatDateTime', () => {
  it("uses Kibana's default date format in local time", () => {
    const local = new Date(2026, 3, 9, 7, 5, 3, 42);
    expect(formatDateTime(local.toISOString())).toBe('Apr 9, 2026 @ 07:05:03.042');
  });

  it('passes through what it cannot parse', () => {
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-04-20T12:00:00.000Z');
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();

  it.each([
    [20, 'less than a minute ago'],
    [60, '1 minute ago'],
    [47 * 60, '47 minutes ago'],
    [3600, '1 hour ago'],
    [47 * 3600, '47 hours ago'],
    [19 * 86400 + 50, '19 days ago'],
    [-120, 'in 2 minutes'],
  ])('%i seconds back reads "%s"', (seconds, expected) => {
    expect(formatRelative(ago(seconds), now)).toBe(expected);
  });
});
