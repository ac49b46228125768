// Unit tests for when the sandbox keeps its cached data and when it generates it again.
import { decideData, type DataDecisionInput } from './data_decision';
import type { DataMarker } from './data_marker';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2025, 5, 1, 12);

const marker: DataMarker = {
  format: 1,
  generator: { seed: 'ssm-recon', days: 14, eventsPerDay: 5000 },
  fingerprint: 'abc',
  generatedAt: new Date(NOW - 2 * DAY).toISOString(),
  documents: 75_000,
  dataUntil: new Date(NOW - 1 * DAY).toISOString(),
};

const input = (overrides: Partial<DataDecisionInput> = {}): DataDecisionInput => ({
  marker,
  wanted: { ...marker.generator },
  fingerprint: 'abc',
  nowMs: NOW,
  historyWindowMs: 10 * DAY,
  maxBackfillMs: 15 * 60_000,
  fresh: false,
  ...overrides,
});

describe('decideData', () => {
  it('reuses data whose options and generator match and that ended within the history window', () => {
    expect(decideData(input())).toEqual({
      action: 'reuse',
      resumeFromMs: NOW - 15 * 60_000,
      gapMs: DAY - 15 * 60_000,
    });
  });

  it('resumes exactly where the live events stopped after a short break', () => {
    const recent = { ...marker, dataUntil: new Date(NOW - 5 * 60_000).toISOString() };
    expect(decideData(input({ marker: recent }))).toEqual({
      action: 'reuse',
      resumeFromMs: NOW - 5 * 60_000,
      gapMs: 0,
    });
  });

  it.each<[string, Partial<DataDecisionInput>, RegExp]>([
    ['no marker', { marker: null }, /no data loaded yet/],
    ['a damaged marker', { marker: 'unreadable' }, /damaged/],
    ['--fresh', { fresh: true }, /--fresh/],
    [
      'other sizes',
      { wanted: { seed: 'ssm-recon', days: 7, eventsPerDay: 5000 } },
      /options changed \(days 14 → 7\)/,
    ],
    ['another seed', { wanted: { ...marker.generator, seed: 'x' } }, /seed ssm-recon → x/],
    ['a changed generator', { fingerprint: 'def' }, /generator changed/],
    ['data older than the history window', { nowMs: NOW + 10 * DAY }, /11\.0 days ago.*10-day/],
    ['a clock that went back', { nowMs: NOW - 2 * DAY }, /future/],
  ])('generates again for %s', (_, overrides, reason) => {
    const decision = decideData(input(overrides));
    expect(decision.action).toBe('generate');
    expect(decision.action === 'generate' && decision.reason).toMatch(reason);
  });

  it('generates again when the marker dates do not parse', () => {
    const broken = { ...marker, dataUntil: 'yesterday' };
    expect(decideData(input({ marker: broken })).action).toBe('generate');
  });
});
