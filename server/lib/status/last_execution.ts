// The rule's last run in the route's shape: Kibana's execution_summary, or the newest history entry when a
// Kibana release leaves the summary out.
import { ExecutionStatus, type ExecutionRecord, type LastExecution } from '../../../common/api';
import type { KibanaRule } from '../detection_engine/kibana_rule';

function status(value: string): ExecutionStatus {
  // An unknown status is treated as a warning rather than hidden.
  return ExecutionStatus.is(value) ? value : 'partial failure';
}

export function lastExecution(
  rule: KibanaRule,
  history: readonly ExecutionRecord[],
): LastExecution | null {
  const summary = rule.execution_summary?.last_execution;
  if (summary) {
    const metrics = summary.metrics ?? {};
    return {
      date: summary.date,
      status: status(summary.status),
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
    status: status(newest.status),
    message: newest.message,
    searchDurationMs: null,
    indexingDurationMs: null,
    gapDurationS: newest.gapDurationS,
  };
}
