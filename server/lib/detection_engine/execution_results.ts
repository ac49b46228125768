// Rule execution history in one shape, whichever of Kibana's two execution-results APIs answered.
import type { ExecutionRecord } from '../../../common/api';

/** Which form this Kibana offers: POST with a JSON body (newer), GET with a query (released 8.x/9.x), or none. */
export type ExecutionResultsApi = 'post' | 'get' | 'none';

export interface ExecutionResultsQuery {
  from: Date;
  to: Date;
  /** Newest first; at most this many. */
  perPage: number;
}

export interface ExecutionResults {
  available: boolean;
  api: ExecutionResultsApi;
  total: number;
  items: ExecutionRecord[];
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The unified API speaks in the Alerting Framework's outcomes; the panel speaks Detection Engine statuses. */
const OUTCOME_TO_STATUS: Record<string, string> = {
  success: 'succeeded',
  warning: 'partial failure',
  failure: 'failed',
};

/** POST form: `{data: UnifiedExecutionResult[], total, page, per_page}`. */
export function fromUnifiedResults(body: unknown): { total: number; items: ExecutionRecord[] } {
  const record = asRecord(body);
  const data = Array.isArray(record.data) ? record.data : [];
  const items = data.map((raw): ExecutionRecord => {
    const result = asRecord(raw);
    const outcome = asRecord(result.outcome);
    const metrics = asRecord(result.metrics);
    const outcomeStatus = text(outcome.status);
    return {
      timestamp: text(result.execution_start),
      status: OUTCOME_TO_STATUS[outcomeStatus] ?? outcomeStatus,
      message: text(outcome.message),
      durationMs: numberOrNull(result.execution_duration_ms),
      alertsCreated: numberOrNull(asRecord(metrics.alert_counts).new),
      gapDurationS: numberOrNull(metrics.execution_gap_duration_s),
    };
  });
  return { total: numberOrNull(record.total) ?? items.length, items };
}

/** GET form: `{events: RuleExecutionResult[], total}`; the Detection Engine's own status is `security_status`. */
export function fromLegacyResults(body: unknown): { total: number; items: ExecutionRecord[] } {
  const record = asRecord(body);
  const events = Array.isArray(record.events) ? record.events : [];
  const items = events.map((raw): ExecutionRecord => {
    const event = asRecord(raw);
    const status =
      text(event.security_status) || OUTCOME_TO_STATUS[text(event.status)] || text(event.status);
    return {
      timestamp: text(event.timestamp),
      status,
      message: text(event.security_message) || text(event.message),
      durationMs: numberOrNull(event.duration_ms),
      alertsCreated: numberOrNull(event.num_new_alerts),
      gapDurationS: numberOrNull(event.gap_duration_s),
    };
  });
  return { total: numberOrNull(record.total) ?? items.length, items };
}
