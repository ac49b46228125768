// Elastic date math (`now-6m`, `now-10d/d`, ISO dates) resolved against a given "now", as Kibana does.
import datemath from '@elastic/datemath';

export function parseDateMath(expression: string, now: Date, roundUp = false): Date | undefined {
  if (!/^now/.test(expression.trim()) && Number.isNaN(Date.parse(expression))) return undefined;
  const parsed = datemath.parse(expression, { forceNow: now, roundUp });
  return parsed && parsed.isValid() ? parsed.toDate() : undefined;
}
