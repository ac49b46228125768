// Time as Kibana rules and Elasticsearch write it: fixed durations (`5m`, `6h`), date math (`now-10d`,
// `now-1d/d`, `2026-01-01||+1d`) and Kibana's rule schedule defaults. The one place that knows time units;
// plain TypeScript, so the server, the CLI and the panel read durations the same way.

export const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: SECOND_MS,
  m: MINUTE_MS,
  h: HOUR_MS,
  H: HOUR_MS,
  d: DAY_MS,
  w: WEEK_MS,
  // Calendar units (date math only): good enough to compare windows, which is all the offsets are used for.
  M: 30 * DAY_MS,
  y: 365 * DAY_MS,
};

/** What Kibana applies to a rule created without `interval` or `from`. */
export const KIBANA_RULE_DEFAULTS = { interval: '5m', from: 'now-6m' } as const;
/** Alerts one run of a rule may create when the rule does not say (Kibana's `max_signals` default). */
export const KIBANA_MAX_SIGNALS_DEFAULT = 100;

const FIXED = /^(\d+)(ms|s|m|h|d|w)$/;

/**
 * A fixed duration — a rule's `interval` (`5m`), a histogram's `fixed_interval` (`6h`) — in milliseconds; null
 * when the text is not one (calendar units such as `1M` have no fixed length) or is zero.
 */
export function durationMs(text: string): number | null {
  const match = FIXED.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? 0);
  return value > 0 ? value : null;
}

const UNIT = '(?:ms|[smhHdwMy])';
const OPERATIONS = new RegExp(`^(?:[+-]\\d+${UNIT}|/${UNIT})*$`);
const STEP = new RegExp(`([+-])(\\d+)(${UNIT})`, 'g');
const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function isDateMath(text: string): boolean {
  if (text.startsWith('now')) return OPERATIONS.test(text.slice(3));
  const [anchor = '', operations, ...rest] = text.split('||');
  if (rest.length > 0 || !ISO_DATE.test(anchor) || Number.isNaN(Date.parse(anchor))) return false;
  return operations === undefined || OPERATIONS.test(operations);
}

/** Milliseconds from now of a `now…` expression (rounding ignored), or null for absolute or invalid dates. */
export function relativeOffsetMs(text: string): number | null {
  if (!text.startsWith('now') || !isDateMath(text)) return null;
  let offset = 0;
  for (const [, sign, amount, unit] of text.slice(3).matchAll(STEP)) {
    offset += (sign === '-' ? -1 : 1) * Number(amount) * (UNIT_MS[unit ?? ''] ?? 0);
  }
  return offset;
}

/** How far back a `now-…` expression (a rule's `from`, `history_window_start`) reaches; null when it does not. */
export function lookBackMs(text: string): number | null {
  const offset = relativeOffsetMs(text.trim());
  return offset === null || offset >= 0 ? null : -offset;
}
