// In-memory saved objects of detection rules, scoped by space like Kibana's rules client.
import type { StoredRule } from './stored_rule';

export class RuleStore {
  private readonly rules = new Map<string, StoredRule>();

  /** Rules of a space in creation order. */
  list(space: string): StoredRule[] {
    return [...this.rules.values()].filter((rule) => rule.space === space);
  }

  listAll(): StoredRule[] {
    return [...this.rules.values()];
  }

  getById(space: string, id: string): StoredRule | undefined {
    const rule = this.rules.get(id);
    return rule && rule.space === space ? rule : undefined;
  }

  getByRuleId(space: string, ruleId: string): StoredRule | undefined {
    return this.list(space).find((rule) => rule.params.rule_id === ruleId);
  }

  save(rule: StoredRule): void {
    this.rules.set(rule.id, rule);
  }

  delete(id: string): void {
    this.rules.delete(id);
  }
}
