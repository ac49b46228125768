import { createDateFormatter, formatRelative, KIBANA_DATE_DEFAULTS } from './date_time';

describe('createDateFormatter', () => {
  it("uses Kibana's default date format in the browser's zone", () => {
    const local = new Date(2026, 3, 9, 7, 5, 3, 42);
    expect(createDateFormatter(KIBANA_DATE_DEFAULTS).dateTime(local.toISOString())).toBe(
      'Apr 9, 2026 @ 07:05:03.042',
    );
  });

  it('follows dateFormat and dateFormat:tz', () => {
    const iso = '2026-12-05T05:20:35.758Z';
    const tokyo = createDateFormatter({
      dateFormat: 'YYYY-MM-DD HH:mm:ss',
      timeZone: 'Asia/Tokyo',
    });
    expect(tokyo.dateTime(iso)).toBe('2026-12-05 14:20:35');
    const utc = createDateFormatter({ dateFormat: 'MMM D, YYYY @ HH:mm:ss.SSS', timeZone: 'UTC' });
    expect(utc.dateTime(iso)).toBe('Dec 5, 2026 @ 05:20:35.758');
  });

  it("reads an unknown zone as the browser's, and passes through what it cannot parse", () => {
    const local = new Date(2026, 3, 9, 7, 5, 3, 42);
    const unknown = createDateFormatter({ dateFormat: 'HH:mm', timeZone: 'Mars/Olympus' });
    expect(unknown.dateTime(local.toISOString())).toBe('07:05');
    expect(createDateFormatter().dateTime('not a date')).toBe('not a date');
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
