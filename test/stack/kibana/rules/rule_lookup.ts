// Finding the rule a request names by `id` or `rule_id`, with Kibana's 400/404 answers.
import { siemError } from '../http/kibana_error';
import type { RuleStore } from './rule_store';
import type { StoredRule } from './stored_rule';

export interface RuleRef {
  id?: unknown;
  rule_id?: unknown;
}

/** Kibana's `validateQueryRuleByIds`: exactly one of `id` and `rule_id`. */
export function checkOneRef(ref: RuleRef): void {
  if (ref.id != null && ref.rule_id != null) {
    throw siemError(400, ['both "id" and "rule_id" cannot exist, choose one or the other']);
  }
  if (ref.id == null && ref.rule_id == null) {
    throw siemError(400, ['either "id" or "rule_id" must be set']);
  }
}

export function findRuleOrThrow(store: RuleStore, space: string, ref: RuleRef): StoredRule {
  checkOneRef(ref);
  if (ref.id != null) {
    const rule = store.getById(space, String(ref.id));
    if (!rule) throw siemError(404, `id: "${String(ref.id)}" not found`);
    return rule;
  }
  const rule = store.getByRuleId(space, String(ref.rule_id));
  if (!rule) throw siemError(404, `rule_id: "${String(ref.rule_id)}" not found`);
  return rule;
}
