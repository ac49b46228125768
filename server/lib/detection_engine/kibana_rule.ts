// The parts of Kibana's RuleResponse the services read; everything else stays reachable by key for diffs.

/** `execution_summary.last_execution` as Kibana returns it (absent before the first run). */
export interface KibanaLastExecution {
  date: string;
  status: string;
  status_order?: number;
  message: string;
  metrics?: {
    total_search_duration_ms?: number;
    total_indexing_duration_ms?: number;
    total_enrichment_duration_ms?: number;
    execution_gap_duration_s?: number;
    gap_range?: { gte: string; lte: string };
    frozen_indices_queried_count?: number;
  };
}

export type KibanaRuleSource =
  | { type: 'internal' }
  | {
      type: 'external';
      is_customized: boolean;
      has_base_version?: boolean;
      customized_fields?: Array<{ field_name: string }>;
    };

export interface KibanaRule {
  /** Saved-object id (execution history, bulk actions, alerts' `kibana.alert.rule.uuid`). */
  id: string;
  /** Signature id (stable across spaces and reinstalls). */
  rule_id: string;
  name: string;
  version: number;
  enabled: boolean;
  revision?: number;
  interval?: string;
  from?: string;
  immutable?: boolean;
  rule_source?: KibanaRuleSource;
  tags?: string[];
  updated_at?: string;
  updated_by?: string;
  note?: string;
  references?: string[];
  investigation_fields?: { field_names: string[] };
  new_terms_fields?: string[];
  execution_summary?: { last_execution: KibanaLastExecution };
  /** Every other field of the rule, as Kibana sent it. */
  readonly [field: string]: unknown;
}

/** Either id addresses one rule: the saved-object id or the signature id. */
export type RuleRef = { id: string } | { ruleId: string };

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
