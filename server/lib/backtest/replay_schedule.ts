// Backtest, stage 3 — the schedule replayed on the aggregated occurrences, without searching again: a term set is
// new in a run when it occurs in the run's window [to − look-back, to] and not in its history
// [to − history window, window start); each such first event alerts once (later runs find the same event and
// Kibana's deterministic alert id deduplicates it), and a run keeps at most max_signals of them in key order.
import { firstRunAtOrAfter, type Schedule } from './backtest_plan';
import type { TermSet } from './term_set_search';

export interface ReplayedAlert {
  /** End of the run that raises it. */
  runTo: number;
  key: unknown[];
  /** Event time of the first event of the term set in that run. */
  eventTime: number;
  /** The term set occurred before, longer ago than the history window. */
  returning: boolean;
}

export interface Replay {
  alerts: ReplayedAlert[];
  runsWithAlerts: number;
  /** Runs that found more new term sets than max_signals. */
  cappedRuns: number;
}

interface Candidate {
  key: unknown[];
  eventTime: number;
  returning: boolean;
  /** Ends of the runs in which it is new, oldest first. */
  runs: number[];
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return Buffer.compare(Buffer.from(String(a)), Buffer.from(String(b)));
}

/** The composite aggregation's order: field by field, keywords by their bytes. */
export function compareKeys(a: unknown[], b: unknown[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const order = compareValues(a[i], b[i]);
    if (order !== 0) return order;
  }
  return 0;
}

function candidatesOf(set: TermSet, schedule: Schedule, historyMs: number): Candidate[] {
  const found: Candidate[] = [];
  set.occurrences.forEach((occurrence, i) => {
    const previous = i > 0 ? set.occurrences[i - 1].last : null;
    // New once the previous occurrence has left the history window, while the event is still in the window.
    const earliest =
      previous === null ? occurrence.first : Math.max(occurrence.first, previous + historyMs + 1);
    // A run sees the event as new only when it is strictly after the run's `from` (as Kibana's executor decides).
    const latest = Math.min(occurrence.first + schedule.lookBackMs - 1, schedule.now);
    const runs: number[] = [];
    for (
      let to = firstRunAtOrAfter(schedule, earliest);
      to !== null && to <= latest;
      to += schedule.intervalMs
    ) {
      runs.push(to);
    }
    if (runs.length > 0) {
      found.push({ key: set.key, eventTime: occurrence.first, returning: previous !== null, runs });
    }
  });
  return found;
}

export function replaySchedule(
  sets: readonly TermSet[],
  schedule: Schedule,
  historyMs: number,
  maxSignals: number,
): Replay {
  const pending = new Map<number, Array<{ candidate: Candidate; attempt: number }>>();
  const enqueue = (candidate: Candidate, attempt: number) => {
    const to = candidate.runs[attempt];
    if (to === undefined) return;
    pending.set(to, [...(pending.get(to) ?? []), { candidate, attempt }]);
  };
  for (const set of sets) candidatesOf(set, schedule, historyMs).forEach((c) => enqueue(c, 0));

  const alerts: ReplayedAlert[] = [];
  let runsWithAlerts = 0;
  let cappedRuns = 0;
  // Runs in time order: what a capped run leaves out may still be new in the next run.
  for (;;) {
    const next = [...pending.keys()].sort((a, b) => a - b)[0];
    if (next === undefined) break;
    const queued = (pending.get(next) ?? []).sort((a, b) =>
      compareKeys(a.candidate.key, b.candidate.key),
    );
    pending.delete(next);
    const kept = queued.slice(0, maxSignals);
    if (queued.length > maxSignals) cappedRuns += 1;
    if (kept.length > 0) runsWithAlerts += 1;
    for (const { candidate } of kept) {
      alerts.push({
        runTo: next,
        key: candidate.key,
        eventTime: candidate.eventTime,
        returning: candidate.returning,
      });
    }
    queued.slice(maxSignals).forEach(({ candidate, attempt }) => enqueue(candidate, attempt + 1));
  }
  return { alerts, runsWithAlerts, cappedRuns };
}
