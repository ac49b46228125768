// A detection rule as the emulator keeps it: the API-level parameters plus the saved object's system fields.
import type { ExecutionSummary } from '../executor/execution_summary';

/** Rule parameters in the API's snake_case, after Kibana's defaults were applied. */
export interface RuleParams {
  rule_id: string;
  name: string;
  description: string;
  type: string;
  risk_score: number;
  severity: string;
  interval: string;
  from: string;
  to: string;
  max_signals: number;
  version: number;
  tags: string[];
  [key: string]: unknown;
}

export type RuleSource =
  | { type: 'internal' }
  | {
      type: 'external';
      is_customized: boolean;
      has_base_version: boolean;
      customized_fields: Array<{ field_name: string }>;
    };

export interface StoredRule {
  /** Saved-object id: used by `_bulk_action`, execution history and alerts' `kibana.alert.rule.uuid`. */
  id: string;
  space: string;
  params: RuleParams;
  enabled: boolean;
  revision: number;
  immutable: boolean;
  ruleSource: RuleSource;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Whose API key the rule runs with: whoever created, updated or enabled it last. */
  apiKeyOwner: string;
  executionSummary?: ExecutionSummary;
  /** Start of the previous run, for Kibana's gap computation. */
  previousStartedAt?: Date;
}
