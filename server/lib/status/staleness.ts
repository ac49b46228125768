// Stale-run detection: an enabled rule that has not run for two of its intervals has stopped being scheduled
// (Task Manager overload, an invalidated API key, a stuck task) — Kibana itself raises nothing for it.
import type { KibanaRule } from '../detection_engine/kibana_rule';
import { KIBANA_DEFAULT_INTERVAL, intervalMs } from './rule_interval';

export const STALE_AFTER_INTERVALS = 2;

export interface Staleness {
  stale: boolean;
  intervalMs: number;
  /** The newest sign of life: the last run, or (before any run) when the rule was last enabled or changed. */
  since: string | null;
}

export function staleness(rule: KibanaRule, lastRunDate: string | null, now: Date): Staleness {
  const interval = intervalMs(rule.interval) ?? (intervalMs(KIBANA_DEFAULT_INTERVAL) as number);
  const since = lastRunDate ?? rule.updated_at ?? null;
  if (!rule.enabled || since === null) return { stale: false, intervalMs: interval, since };
  const age = now.getTime() - Date.parse(since);
  return {
    stale: Number.isFinite(age) && age > STALE_AFTER_INTERVALS * interval,
    intervalMs: interval,
    since,
  };
}
