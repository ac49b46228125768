import { DAY_MS, MINUTE_MS } from '../../../common/time';
import type { Schedule } from './backtest_plan';
import { compareKeys, replaySchedule } from './replay_schedule';

const NOW = Date.parse('2026-12-05T10:00:00.000Z');
const INTERVAL = 5 * MINUTE_MS;
const LOOK_BACK = 6 * MINUTE_MS;
const HISTORY = 10 * DAY_MS;
const schedule = (days: number): Schedule => {
  const runs = Math.floor((days * DAY_MS) / INTERVAL);
  return {
    now: NOW,
    intervalMs: INTERVAL,
    lookBackMs: LOOK_BACK,
    runs,
    firstTo: NOW - (runs - 1) * INTERVAL,
  };
};
const once = (at: number) => ({ first: at, last: at });

describe('replaySchedule', () => {
  it('raises a first-time term set once, in the first run whose window holds its first event', () => {
    const at = NOW - 2 * 60 * MINUTE_MS + 90_000; // 1.5 minutes after a run
    const replay = replaySchedule(
      [{ key: ['1', 'a'], occurrences: [once(at)] }],
      schedule(1),
      HISTORY,
      100,
    );
    expect(replay.alerts).toEqual([
      { runTo: at - 90_000 + INTERVAL, key: ['1', 'a'], eventTime: at, returning: false },
    ]);
  });

  it('counts an event exactly on a run end in that run, and one in the overlap only once', () => {
    const onRun = NOW - 60 * MINUTE_MS;
    const replay = replaySchedule(
      [{ key: ['1', 'a'], occurrences: [once(onRun)] }],
      schedule(1),
      HISTORY,
      100,
    );
    expect(replay.alerts.map((alert) => alert.runTo)).toEqual([onRun]);
  });

  it('takes an event exactly at a run start as that run’s history (Kibana keeps first events strictly after it)', () => {
    const range = schedule(1);
    const atFirstFrom = range.firstTo - LOOK_BACK; // only the first run's window reaches it, on its edge
    const replay = replaySchedule(
      [{ key: ['1', 'edge'], occurrences: [once(atFirstFrom)] }],
      range,
      HISTORY,
      100,
    );
    expect(replay.alerts).toEqual([]);
  });

  it('stays quiet for a set seen within the history window, and re-alerts once it is older than that', () => {
    const recent = NOW - 3 * 60 * MINUTE_MS;
    const sets = [
      { key: ['1', 'daily'], occurrences: [once(recent - 2 * DAY_MS), once(recent)] },
      { key: ['1', 'back'], occurrences: [once(recent - 10 * DAY_MS - MINUTE_MS), once(recent)] },
    ];
    const replay = replaySchedule(sets, schedule(1), HISTORY, 100);
    expect(replay.alerts.map((alert) => [alert.key[1], alert.returning])).toEqual([['back', true]]);
  });

  it('keeps at most max_signals per run in key order; the rest alert in the next run while still in its window', () => {
    const at = NOW - 60 * MINUTE_MS - 30_000; // in two runs' windows (the one-minute overlap)
    const sets = ['c', 'a', 'b'].map((user) => ({ key: ['1', user], occurrences: [once(at)] }));
    const replay = replaySchedule(sets, schedule(1), HISTORY, 2);
    expect(replay.alerts.map((alert) => [alert.key[1], alert.runTo])).toEqual([
      ['a', NOW - 60 * MINUTE_MS],
      ['b', NOW - 60 * MINUTE_MS],
      ['c', NOW - 55 * MINUTE_MS],
    ]);
    expect(replay.cappedRuns).toBe(1);
  });

  it('orders keys as the composite aggregation does: by bytes, field by field', () => {
    expect(compareKeys(['1', 'B'], ['1', 'a'])).toBeLessThan(0);
    expect(compareKeys(['1', 'a'], ['2', 'A'])).toBeLessThan(0);
  });
});
