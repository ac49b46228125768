// `_bulk_action` answers: a 200 summary, or a partial failure (HTTP 500) carrying per-rule errors.
import { isKibanaRule, type KibanaRule } from './kibana_rule';

export type BulkActionType = 'enable' | 'disable';

export interface BulkActionError {
  message: string;
  /** Kibana's status for this item (403 when the caller may not change the rule). */
  statusCode: number | null;
  ruleIds: string[];
}

export interface BulkActionResult {
  summary: { total: number; succeeded: number; failed: number; skipped: number };
  updated: KibanaRule[];
  errors: BulkActionError[];
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
