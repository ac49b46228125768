// Whether the sandbox can keep the data its engine already holds, or must generate it again. Pure: the caller
// reads the marker and the clock.
import type { DataMarker, GeneratorKey } from './data_marker';

export type DataDecision =
  | {
      action: 'reuse';
      /** Where live events resume: the end of the cached data, or a bounded backfill before now. */
      resumeFromMs: number;
      /** A gap that is left without events (ms), when the data ended long ago. */
      gapMs: number;
    }
  | { action: 'generate'; reason: string };

export interface DataDecisionInput {
  marker: DataMarker | null | 'unreadable';
  wanted: GeneratorKey;
  fingerprint: string;
  nowMs: number;
  /** The rule's history window: data that ended longer ago leaves every user looking new. */
  historyWindowMs: number;
  /** At most this much of a gap is filled with live events on resume (more would delay the start). */
  maxBackfillMs: number;
  fresh: boolean;
}

const DAY_MS = 86_400_000;

export function decideData(input: DataDecisionInput): DataDecision {
  const { marker, wanted, nowMs } = input;
  if (input.fresh) return { action: 'generate', reason: '--fresh was given' };
  if (marker === null) return { action: 'generate', reason: 'no data loaded yet' };
  if (marker === 'unreadable') {
    return { action: 'generate', reason: 'the data marker is damaged or from an older version' };
  }
  const changed = (Object.keys(wanted) as Array<keyof GeneratorKey>).filter(
    (key) => marker.generator[key] !== wanted[key],
  );
  if (changed.length > 0) {
    const detail = changed
      .map((key) => `${key} ${String(marker.generator[key])} → ${String(wanted[key])}`)
      .join(', ');
    return { action: 'generate', reason: `the generator options changed (${detail})` };
  }
  if (marker.fingerprint !== input.fingerprint) {
    return { action: 'generate', reason: 'the data generator changed since the data was loaded' };
  }
  const generatedMs = Date.parse(marker.generatedAt);
  const untilMs = Date.parse(marker.dataUntil);
  if (!Number.isFinite(generatedMs) || !Number.isFinite(untilMs) || untilMs < generatedMs) {
    return { action: 'generate', reason: 'the data marker is damaged or from an older version' };
  }
  if (untilMs > nowMs) {
    return { action: 'generate', reason: 'the data lies in the future (the clock went back)' };
  }
  const ageMs = nowMs - untilMs;
  if (ageMs > input.historyWindowMs) {
    return {
      action: 'generate',
      reason:
        `the data ends ${(ageMs / DAY_MS).toFixed(1)} days ago, beyond the rule's ` +
        `${(input.historyWindowMs / DAY_MS).toFixed(0)}-day history window`,
    };
  }
  const resumeFromMs = Math.max(untilMs, nowMs - input.maxBackfillMs);
  return { action: 'reuse', resumeFromMs, gapMs: resumeFromMs - untilMs };
}
