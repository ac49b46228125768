// Elastic date math (`now-6m`, `now-10d/d`, ISO dates) resolved against a given "now", as Kibana does.
import datemath from '@elastic/datemath';

export function parseDateMath(expression: string, now: Date, roundUp = false): Date | undefined {
  if (!/^now/.test(expression.trim()) && Number.isNaN(Date.parse(expression))) return undefined;
  const parsed = datemath.parse(expression, { forceNow: now, roundUp });
  return parsed && parsed.isValid() ? parsed.toDate() : undefined;
}

/** Milliseconds of a rule interval such as `5m`, `30s`, `1h`, `1d`. */
export function intervalMs(interval: string): number | undefined {
  const match = /^(\d+)(s|m|h|d)$/.exec(interval.trim());
  if (!match) return undefined;
  const unit = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[
    match[2] as 's' | 'm' | 'h' | 'd'
  ];
  return Number(match[1]) * unit;
}
