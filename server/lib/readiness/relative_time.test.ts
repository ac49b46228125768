import { parseDuration, parseLookBack } from './relative_time';

describe('relative time', () => {
  it('reads the rule look-back and history window', () => {
    expect(parseLookBack('now-6m')).toBe(6 * 60_000);
    expect(parseLookBack('now-10d')).toBe(10 * 86_400_000);
    expect(parseLookBack(' now-2h ')).toBe(2 * 3_600_000);
  });

  it('reads intervals', () => {
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('30s')).toBe(30_000);
  });

  it('rejects what it cannot read instead of guessing', () => {
    expect(() => parseLookBack('now')).toThrow(/now-6m/);
    expect(() => parseLookBack('2026-01-01')).toThrow();
    expect(() => parseLookBack('now+1d')).toThrow();
    expect(() => parseDuration('5 minutes')).toThrow(/5m/);
  });
});
