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

  it('reads the age of a date against now', () => {
    expect(formatRelative(new Date(now.getTime() - 47 * 60_000).toISOString(), now)).toBe(
      '47 minutes ago',
    );
    expect(formatRelative(new Date(now.getTime() + 120_000).toISOString(), now)).toBe(
      'in 2 minutes',
    );
  });

  it('passes through what it cannot parse', () => {
    expect(formatRelative('soon', now)).toBe('soon');
  });
});
