// `_find`'s `sort_field` values (including the legacy camelCase ones) as comparable values of a rule.
import type { StoredRule } from './stored_rule';

type SortValue = string | number | boolean | undefined;

const SEVERITY_RANK: Readonly<Record<string, number>> = { low: 0, medium: 1, high: 2, critical: 3 };

const SORT_VALUES: Readonly<Record<string, (rule: StoredRule) => SortValue>> = {
  created_at: (rule) => rule.createdAt,
  createdAt: (rule) => rule.createdAt,
  updated_at: (rule) => rule.updatedAt,
  updatedAt: (rule) => rule.updatedAt,
  enabled: (rule) => rule.enabled,
  name: (rule) => rule.params.name.toLowerCase(),
  risk_score: (rule) => rule.params.risk_score,
  riskScore: (rule) => rule.params.risk_score,
  severity: (rule) => SEVERITY_RANK[rule.params.severity],
  'execution_summary.last_execution.date': (rule) => rule.executionSummary?.last_execution.date,
  'execution_summary.last_execution.status': (rule) =>
    rule.executionSummary?.last_execution.status_order,
  'execution_summary.last_execution.metrics.execution_gap_duration_s': (rule) =>
    rule.executionSummary?.last_execution.metrics.execution_gap_duration_s,
  'execution_summary.last_execution.metrics.total_indexing_duration_ms': (rule) =>
    rule.executionSummary?.last_execution.metrics.total_indexing_duration_ms,
  'execution_summary.last_execution.metrics.total_search_duration_ms': (rule) =>
    rule.executionSummary?.last_execution.metrics.total_search_duration_ms,
};

export function sortRules(rules: StoredRule[], field: string, order: 'asc' | 'desc'): StoredRule[] {
  const valueOf = SORT_VALUES[field];
  if (!valueOf) return rules;
  const direction = order === 'desc' ? -1 : 1;
  return [...rules].sort((a, b) => {
    const [x, y] = [valueOf(a), valueOf(b)];
    if (x === y) return 0;
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    return direction * (x < y ? -1 : 1);
  });
}
