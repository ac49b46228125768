// The two public shapes of an execution record: the newer unified result (POST .../execution/results)
// and the released 8.x/9.x aggregate (GET .../execution/results).
import type { ExecutionRecord } from './execution_record';
import { outcomeOf } from './execution_status';

export function unifiedExecutionResult(record: ExecutionRecord) {
  return {
    execution_uuid: record.executionUuid,
    execution_start: record.start.toISOString(),
    execution_duration_ms: record.durationMs,
    schedule_delay_ms: record.scheduleDelayMs,
    backfill: null,
    outcome: { status: outcomeOf(record.status), message: record.message },
    metrics: {
      total_search_duration_ms: record.metrics.total_search_duration_ms,
      total_indexing_duration_ms: record.metrics.total_indexing_duration_ms,
      execution_gap_duration_s: record.metrics.execution_gap_duration_s ?? null,
      alerts_candidate_count: record.candidateAlerts,
      alert_counts: { new: record.newAlerts },
      matched_indices_count: record.matchedIndices,
      frozen_indices_queried_count: record.metrics.frozen_indices_queried_count,
      index_duration_ms: null,
    },
  };
}

export function legacyExecutionResult(record: ExecutionRecord) {
  return {
    execution_uuid: record.executionUuid,
    timestamp: record.start.toISOString(),
    duration_ms: record.durationMs,
    status: outcomeOf(record.status),
    message: record.message,
    num_active_alerts: 0,
    num_new_alerts: record.newAlerts,
    num_recovered_alerts: 0,
    num_triggered_actions: 0,
    num_succeeded_actions: 0,
    num_errored_actions: 0,
    total_search_duration_ms: record.metrics.total_search_duration_ms,
    es_search_duration_ms: record.metrics.total_search_duration_ms,
    schedule_delay_ms: record.scheduleDelayMs,
    timed_out: false,
    indexing_duration_ms: record.metrics.total_indexing_duration_ms,
    search_duration_ms: record.metrics.total_search_duration_ms,
    gap_duration_s: record.metrics.execution_gap_duration_s ?? 0,
    frozen_indices_queried_count: record.metrics.frozen_indices_queried_count,
    security_status: record.status,
    security_message: record.message,
  };
}
