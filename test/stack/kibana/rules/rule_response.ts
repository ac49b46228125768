// Shapes a stored rule as Kibana's RuleResponse (system fields, parameters, execution summary once run).
import type { StoredRule } from './stored_rule';

export type RuleResponse = Record<string, unknown> & { id: string; rule_id: string };

export function toRuleResponse(rule: StoredRule): RuleResponse {
  return {
    ...rule.params,
    id: rule.id,
    rule_id: rule.params.rule_id,
    enabled: rule.enabled,
    immutable: rule.immutable,
    rule_source: rule.ruleSource,
    revision: rule.revision,
    created_at: rule.createdAt,
    created_by: rule.createdBy,
    updated_at: rule.updatedAt,
    updated_by: rule.updatedBy,
    ...(rule.executionSummary ? { execution_summary: rule.executionSummary } : {}),
  };
}
