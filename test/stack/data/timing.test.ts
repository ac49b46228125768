// Time functions: the fast ISO formatter agrees with Date, daily allocation is exact, lags stay in range.

import { Rng } from './rng';
import { DAY, MINUTE, SECOND, hourlyCounts, ingestLagMs, isoMs, isoSeconds } from './timing';

describe('timing', () => {
  it('formats like Date.prototype.toISOString, across hours and days', () => {
    const rng = new Rng('iso');
    for (let i = 0; i < 20_000; i++) {
      const ms = Date.parse('2020-01-01T00:00:00Z') + Math.floor(rng.next() * 3000 * DAY);
      expect(isoMs(ms)).toBe(new Date(ms).toISOString());
      expect(isoSeconds(ms)).toBe(
        new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
      );
    }
  });

  it("splits a day's events over 24 hours exactly, busiest in working hours", () => {
    for (const total of [0, 1, 23, 2000, 199_999]) {
      for (const hour of [0, 7, 23])
        expect(hourlyCounts(total, hour).reduce((a, b) => a + b, 0)).toBe(total);
    }
    const counts = hourlyCounts(24_000, 0);
    expect(counts[15]).toBeGreaterThan(counts[3] * 3);
  });

  it('delivers events 2 s to 12 min after the call', () => {
    const rng = new Rng('lag');
    const lags = Array.from({ length: 5_000 }, () => ingestLagMs(rng));
    expect(Math.min(...lags)).toBeGreaterThanOrEqual(2 * SECOND);
    expect(Math.max(...lags)).toBeLessThan(12 * MINUTE + SECOND);
    expect(lags.filter((l) => l < 30 * SECOND).length).toBeGreaterThan(300);
  });
});
