// The Detection Engine create body of a rule, as Elastic's build writes it (the `attributes` of a prebuilt asset).
import type { FreeTable } from './codec_primitives';
import type { RuleType } from './rule_codec';

export interface RequiredField {
  name: string;
  type: string;
  /** Part of Elastic's shipped body and of its hash; Kibana's create API ignores it and recomputes it. */
  ecs: boolean;
}

export interface RelatedIntegration {
  package: string;
  integration?: string;
  version: string;
}

export interface ThreatPayload {
  framework: string;
  tactic: { id: string; name: string; reference: string };
  technique: Array<{
    id: string;
    name: string;
    reference: string;
    subtechnique?: Array<{ id: string; name: string; reference: string }>;
  }>;
}

export interface RulePayload {
  rule_id: string;
  name: string;
  description: string;
  type: RuleType;
  risk_score: number;
  severity: 'low' | 'medium' | 'high' | 'critical';
  author: string[];
  version: number;
  related_integrations: RelatedIntegration[];
  required_fields: RequiredField[];
  from?: string;
  to?: string;
  interval?: string;
  index?: string[];
  data_view_id?: string;
  language?: 'kuery' | 'lucene' | 'eql' | 'esql';
  query?: string;
  new_terms_fields?: string[];
  history_window_start?: string;
  timestamp_override?: string;
  timestamp_override_fallback_disabled?: boolean;
  license?: string;
  note?: string;
  setup?: string;
  references?: string[];
  tags?: string[];
  false_positives?: string[];
  investigation_fields?: { field_names: string[] };
  threat?: ThreatPayload[];
  max_signals?: number;
  enabled?: boolean;
  building_block_type?: string;
  rule_name_override?: string;
  timeline_id?: string;
  timeline_title?: string;
  throttle?: string;
  meta?: FreeTable;
  alert_suppression?: FreeTable;
  actions?: FreeTable[];
  exceptions_list?: FreeTable[];
  filters?: FreeTable[];
  risk_score_mapping?: FreeTable[];
  severity_mapping?: FreeTable[];
}
