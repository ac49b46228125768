// Kibana's defaults for a created rule (what RuleResponse shows for keys the request left out).
import { randomUUID } from 'node:crypto';
import { withEcsFlags } from './required_fields';
import type { RuleParams } from './stored_rule';

/** Rule types whose query language defaults to KQL. */
const KUERY_TYPES = new Set(['query', 'saved_query', 'threshold', 'threat_match', 'new_terms']);

/** Keys that live on the saved object rather than in the rule's parameters. */
export const SYSTEM_KEYS = new Set([
  'id',
  'enabled',
  'immutable',
  'rule_source',
  'revision',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'execution_summary',
]);

export function applyCreateDefaults(body: Record<string, unknown>): RuleParams {
  const params: Record<string, unknown> = {
    author: [],
    false_positives: [],
    references: [],
    risk_score_mapping: [],
    severity_mapping: [],
    threat: [],
    tags: [],
    exceptions_list: [],
    actions: [],
    related_integrations: [],
    setup: '',
    max_signals: 100,
    interval: '5m',
    from: 'now-6m',
    to: 'now',
    version: 1,
    ...(KUERY_TYPES.has(String(body.type)) ? { language: 'kuery' } : {}),
  };
  for (const [key, value] of Object.entries(body)) {
    if (!SYSTEM_KEYS.has(key) && value !== undefined) params[key] = value;
  }
  params.rule_id = typeof body.rule_id === 'string' ? body.rule_id : randomUUID();
  params.required_fields = withEcsFlags(body.required_fields);
  return params as RuleParams;
}
