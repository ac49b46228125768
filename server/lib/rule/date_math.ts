// Date math as Elasticsearch and Kibana write it ("now-10d", "now-1h/h", an ISO date, "2026-01-01||+1d"),
// checked and turned into an offset from now without any date library, so it also runs in the browser.

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  H: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  // Calendar units: good enough to compare windows, which is all the offsets are used for.
  M: 30 * 86_400_000,
  y: 365 * 86_400_000,
};
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
