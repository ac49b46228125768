// Time functions: how long CloudTrail + the agent take to deliver an event, and diurnal traffic.

import type { Rng } from './rng';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * Delay from the API call (@timestamp) to indexing (event.ingested): CloudTrail delivers files
 * every few minutes and the agent polls its queue, so a few seconds to ~12 minutes, mostly 1–5.
 */
export function ingestLagMs(rng: Rng): number {
  const bucket = rng.next();
  if (bucket < 0.15) return rng.int(2, 30) * SECOND;
  if (bucket < 0.85) return rng.int(30, 300) * SECOND + rng.int(0, 999);
  return rng.int(300, 720) * SECOND + rng.int(0, 999);
}

/** Relative traffic per UTC hour: busy during European and American working hours. */
const HOURLY_WEIGHTS = [
  3, 2.5, 2, 2, 2, 2.5, 4, 6, 8, 9, 9, 8.5, 8, 9, 10, 10, 9.5, 9, 8, 7, 6, 5, 4, 3.5,
];

/** Splits `total` events over the 24 hours of a day (largest remainder, so the sum is exact). */
export function hourlyCounts(total: number, firstUtcHour: number): number[] {
  const weights = Array.from({ length: 24 }, (_, i) => HOURLY_WEIGHTS[(firstUtcHour + i) % 24]);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let missing = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (let i = 0; missing > 0; i = (i + 1) % 24, missing--) counts[order[i].index]++;
  return counts;
}

// Millions of timestamps are formatted per load: reuse the "YYYY-MM-DDTHH:" prefix of the last hour.
let cachedHour = Number.NaN;
let cachedPrefix = '';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/** `new Date(ms).toISOString()`, faster for times after 1970. */
export function isoMs(ms: number): string {
  if (!(ms >= 0) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const hour = Math.floor(ms / HOUR);
  if (hour !== cachedHour) {
    cachedHour = hour;
    cachedPrefix = new Date(hour * HOUR).toISOString().slice(0, 14);
  }
  const rest = ms - hour * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  const seconds = Math.floor((rest % MINUTE) / SECOND);
  return `${cachedPrefix}${pad2(minutes)}:${pad2(seconds)}.${pad3(rest % SECOND)}Z`;
}

/** CloudTrail's eventTime: whole seconds, no fraction ("2026-03-01T12:00:05Z"). */
export function isoSeconds(ms: number): string {
  const iso = isoMs(Math.floor(ms / SECOND) * SECOND);
  return `${iso.slice(0, 19)}Z`;
}
