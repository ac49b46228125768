// How numbers, counts, shares and spans of time read, in the panel, the CLI and the server's findings alike:
// one wording everywhere ("at least 10,000 documents", "6 minutes", "3 hours ago", "2 min 5 s").
import type { ExceptionEntry } from './api/exceptions';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time';

/** A count that may have stopped at a cap (Elasticsearch's `track_total_hits`). */
export interface Count {
  value: number;
  /** The count reached the cap: there are at least `value`. */
  atLeast: boolean;
}

/** Thousands separators as Kibana's default number format writes them, whatever the reader's locale. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US');
}

export function formatCount(count: Count): string {
  return count.atLeast ? `at least ${formatNumber(count.value)}` : formatNumber(count.value);
}

/** "1 day", "3 days", "1,204 alerts". */
export function plural(value: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(value)} ${value === 1 ? singular : pluralForm}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "6 minutes", "10 days": how a rule's windows are spoken of. */
export function formatSpan(ms: number): string {
  if (ms % DAY_MS === 0) return plural(ms / DAY_MS, 'day');
  if (ms % HOUR_MS === 0) return plural(ms / HOUR_MS, 'hour');
  return plural(Math.round(ms / MINUTE_MS), 'minute');
}

/**
 * "3 hours ago", "in 2 minutes": whole units rounded down, hours up to two days — "1 day ago" for a run 47 hours
 * old would hide how stale it is. Negative ages lie in the future.
 */
export function formatAge(ms: number): string {
  const abs = Math.abs(ms);
  const past = ms >= 0;
  if (abs < MINUTE_MS) return past ? 'less than a minute ago' : 'in less than a minute';
  let text: string;
  if (abs < HOUR_MS) text = plural(Math.floor(abs / MINUTE_MS), 'minute');
  else if (abs < 2 * DAY_MS) text = plural(Math.floor(abs / HOUR_MS), 'hour');
  else text = plural(Math.floor(abs / DAY_MS), 'day');
  return past ? `${text} ago` : `in ${text}`;
}

/** Run durations in the largest unit that reads well ("850 ms", "2.4 s", "3 min 20 s", "2 h 5 min"). */
export function formatMilliseconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return formatSeconds(ms / 1000);
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    const rest = Math.round(seconds - minutes * 60);
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
  }
  const hours = Math.floor(minutes / 60);
  const restMinutes = minutes - hours * 60;
  return restMinutes === 0 ? `${hours} h` : `${hours} h ${restMinutes} min`;
}

/** A field or index name as a code span, as findings (markdown) write them. */
export function code(name: string): string {
  return `\`${name}\``;
}

/** "`a`, `b` and `c`". */
export function codeList(names: string[]): string {
  const quoted = names.map(code);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** One exception entry in words ("user.name is svc-inventory"), as the panel, the CLI and suggestions say it. */
export function exceptionEntryText(entry: ExceptionEntry): string {
  const is = entry.operator === 'included';
  switch (entry.type) {
    case 'exists':
      return `${entry.field} ${is ? 'exists' : 'does not exist'}`;
    case 'match_any':
      return `${entry.field} ${is ? 'is one of' : 'is not one of'} ${entry.value.join(', ')}`;
    case 'wildcard':
      return `${entry.field} ${is ? 'matches' : 'does not match'} ${entry.value}`;
    case 'match':
      return `${entry.field} ${is ? 'is' : 'is not'} ${entry.value}`;
  }
}
