// Small formatters so findings read the same everywhere: counts, ages, lists, field names.
import type { Count } from './pattern_facts';
import { DAY_MS, MINUTE_MS } from './relative_time';

export function formatNumber(value: number): string {
  return value.toLocaleString('en-US');
}

export function formatCount(count: Count): string {
  return count.atLeast ? `at least ${formatNumber(count.value)}` : formatNumber(count.value);
}

export function plural(value: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(value)} ${value === 1 ? singular : pluralForm}`;
}

/** "6 minutes", "10 days": how the rule's windows are spoken of. */
export function formatSpan(ms: number): string {
  if (ms % DAY_MS === 0) return plural(ms / DAY_MS, 'day');
  if (ms % (60 * MINUTE_MS) === 0) return plural(ms / (60 * MINUTE_MS), 'hour');
  return plural(Math.round(ms / MINUTE_MS), 'minute');
}

/** "3 hours ago": rounded down to the largest whole unit. */
export function formatAge(ms: number): string {
  if (ms < MINUTE_MS) return 'less than a minute ago';
  if (ms < 60 * MINUTE_MS) return `${plural(Math.floor(ms / MINUTE_MS), 'minute')} ago`;
  if (ms < DAY_MS) return `${plural(Math.floor(ms / (60 * MINUTE_MS)), 'hour')} ago`;
  return `${plural(Math.floor(ms / DAY_MS), 'day')} ago`;
}

export function code(name: string): string {
  return `\`${name}\``;
}

/** "a, b and c", each in code style. */
export function codeList(names: string[]): string {
  const quoted = names.map(code);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
