// Reads Kibana's raw Detection Engine answers into the client contract's shapes: rules, `_bulk_action` results
// (success or partial failure) and execution history from either of Kibana's two execution-results APIs.
import type { ExecutionRecord } from '../../../common/api';
import type {
  BulkActionError,
  BulkActionResult,
  KibanaRule,
  RuleRef,
} from './detection_engine_client';

export function isKibanaRule(value: unknown): value is KibanaRule {
  if (typeof value !== 'object' || value === null) return false;
  const rule = value as Record<string, unknown>;
  return (
    typeof rule.id === 'string' &&
    typeof rule.rule_id === 'string' &&
    typeof rule.version === 'number' &&
    typeof rule.enabled === 'boolean'
  );
}

/** The PATCH/GET form of a reference: `{id}` or `{rule_id}`. */
export function refToParams(ref: RuleRef): { id: string } | { rule_id: string } {
  return 'id' in ref ? { id: ref.id } : { rule_id: ref.ruleId };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** True when the body is the structured answer of `_bulk_action` (success or partial failure). */
export function isBulkActionBody(body: unknown): boolean {
  const attributes = asRecord(asRecord(body).attributes);
  return typeof attributes.summary === 'object' && attributes.summary !== null;
}

export function parseBulkActionBody(body: unknown): BulkActionResult {
  const attributes = asRecord(asRecord(body).attributes);
  const summary = asRecord(attributes.summary);
  const results = asRecord(attributes.results);
  const updated = Array.isArray(results.updated) ? results.updated.filter(isKibanaRule) : [];
  const errors = Array.isArray(attributes.errors)
    ? attributes.errors.map((raw): BulkActionError => {
        const error = asRecord(raw);
        const rules = Array.isArray(error.rules) ? error.rules.map(asRecord) : [];
        return {
          message: typeof error.message === 'string' ? error.message : 'unknown error',
          statusCode: typeof error.status_code === 'number' ? error.status_code : null,
          ruleIds: rules
            .map((rule) => rule.id)
            .filter((id): id is string => typeof id === 'string'),
        };
      })
    : [];
  return {
    summary: {
      total: count(summary.total),
      succeeded: count(summary.succeeded),
      failed: count(summary.failed),
      skipped: count(summary.skipped),
    },
    updated,
    errors,
  };
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
