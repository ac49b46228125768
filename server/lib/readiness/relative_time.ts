// Reads the rule's time settings (`now-10d`, `now-6m`, `5m`) as durations, so every window is computed from one clock.
import { relativeOffsetMs } from '../rule/date_math';

const UNIT_MS: Record<string, number> = {
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** A duration such as the rule's `interval` (`5m`) in milliseconds. */
export function parseDuration(value: string): number {
  const match = /^(\d+)([smhd])$/.exec(value.trim());
  if (!match) throw new Error(`Unsupported duration "${value}" (expected e.g. 5m, 1h, 10d)`);
  return Number(match[1]) * UNIT_MS[match[2]];
}

/** How far back a `now-…` expression (the rule's `from`, `history_window_start`) reaches, in milliseconds. */
export function parseLookBack(value: string): number {
  const offset = relativeOffsetMs(value.trim());
  if (offset === null || offset >= 0) {
    throw new Error(`Unsupported relative time "${value}" (expected e.g. now-6m, now-10d)`);
  }
  return -offset;
}

export const DAY_MS = UNIT_MS.d;
export const MINUTE_MS = UNIT_MS.m;
