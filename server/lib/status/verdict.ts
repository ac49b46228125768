// Status, the verdict: the facts the status service gathered (deployed copy, last run, staleness, permissions),
// and the one-word verdict decided from them. Precedence: not deployed > disabled > stale > pending > failing >
// warning > healthy — a rule that stopped running is reported as stale even if its last (old) run failed, because
// that run is no longer news: nothing is being checked at all. Healthy needs evidence: a run that succeeded within
// the schedule; before the first run the rule is pending.
import {
  ExecutionStatus,
  type Cause,
  type ExecutionRecord,
  type LastExecution,
  type RuleCopy,
  type Verdict,
} from '../../../common/api';
import { KIBANA_RULE_DEFAULTS, durationMs } from '../../../common/time';
import type { KibanaRule } from '../detection_engine/detection_engine_client';

/** An enabled rule that has not run for this many intervals has stopped being scheduled (Task Manager overload,
 *  an invalidated API key, a stuck task) — Kibana itself raises nothing for it. */
export const STALE_AFTER_INTERVALS = 2;

export interface Staleness {
  stale: boolean;
  intervalMs: number;
  /** The newest sign of life: the last run, or (before any run) when the rule was last enabled or changed. */
  since: string | null;
}

/** Everything the verdict and its causes are decided from, gathered once by the status service. */
export interface HealthFacts {
  deployed: KibanaRule | null;
  copy: RuleCopy | null;
  /** The other copy, when both Elastic's prebuilt rule and our custom copy exist. */
  duplicate: KibanaRule | null;
  bundledVersion: number;
  lastExecution: LastExecution | null;
  staleness: Staleness | null;
  /** Whether the caller may change the rule: fixes that need that are worded for who can act on them. */
  canWrite: boolean;
}

/** The rule's schedule in milliseconds, Kibana's default when it has none or one that cannot be read. */
export function ruleIntervalMs(rule: Pick<KibanaRule, 'interval'>): number {
  return (
    durationMs(rule.interval ?? KIBANA_RULE_DEFAULTS.interval) ??
    (durationMs(KIBANA_RULE_DEFAULTS.interval) as number)
  );
}

export function staleness(rule: KibanaRule, lastRunDate: string | null, now: Date): Staleness {
  const interval = ruleIntervalMs(rule);
  const since = lastRunDate ?? rule.updated_at ?? null;
  if (!rule.enabled || since === null) return { stale: false, intervalMs: interval, since };
  const age = now.getTime() - Date.parse(since);
  return {
    stale: Number.isFinite(age) && age > STALE_AFTER_INTERVALS * interval,
    intervalMs: interval,
    since,
  };
}

function executionStatus(value: string): ExecutionStatus {
  // An unknown status is treated as a warning rather than hidden.
  return ExecutionStatus.is(value) ? value : 'partial failure';
}

/** The last run: Kibana's execution_summary, or the newest history entry when a release leaves the summary out. */
export function lastExecution(
  rule: KibanaRule,
  history: readonly ExecutionRecord[],
): LastExecution | null {
  const summary = rule.execution_summary?.last_execution;
  if (summary) {
    const metrics = summary.metrics ?? {};
    return {
      date: summary.date,
      status: executionStatus(summary.status),
      message: summary.message ?? '',
      searchDurationMs: metrics.total_search_duration_ms ?? null,
      indexingDurationMs: metrics.total_indexing_duration_ms ?? null,
      gapDurationS: metrics.execution_gap_duration_s ?? null,
    };
  }
  const newest = history[0];
  if (!newest) return null;
  return {
    date: newest.timestamp,
    status: executionStatus(newest.status),
    message: newest.message,
    searchDurationMs: null,
    indexingDurationMs: null,
    gapDurationS: newest.gapDurationS,
  };
}

export function decideVerdict(facts: HealthFacts, causes: readonly Cause[]): Verdict {
  if (!facts.deployed) return 'not_deployed';
  if (!facts.deployed.enabled) return 'disabled';
  if (facts.staleness?.stale) return 'stale';
  if (!facts.lastExecution) return 'pending';
  const status = facts.lastExecution.status;
  if (status === 'failed') return 'failing';
  if (status === 'partial failure') return 'warning';
  if (causes.some((cause) => cause.severity !== 'info')) return 'warning';
  return 'healthy';
}
