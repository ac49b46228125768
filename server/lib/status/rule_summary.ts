// The panel header's facts about the bundled rule, all read from its definition.
import type { RuleSummary } from '../../../common/api';
import type { DeployableRule } from '../deploy/deployable_rule';

export function ruleSummary(bundled: DeployableRule): RuleSummary {
  const { payload } = bundled;
  return {
    ruleId: bundled.ruleId,
    customRuleId: bundled.customRuleId,
    name: payload.name,
    severity: payload.severity,
    riskScore: payload.risk_score,
    bundledVersion: bundled.version,
    indexPatterns: payload.index ?? [],
    threat: (payload.threat ?? []).map((entry) => ({
      framework: entry.framework,
      tactic: { id: entry.tactic.id, name: entry.tactic.name, reference: entry.tactic.reference },
      technique: entry.technique.map(({ id, name, reference }) => ({ id, name, reference })),
    })),
  };
}
