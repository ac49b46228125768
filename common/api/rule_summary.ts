// What the panel's header shows about the bundled rule definition (all derived from its TOML).
import * as t from 'io-ts';

export const ThreatSummary = t.type({
  framework: t.string,
  tactic: t.type({ id: t.string, name: t.string, reference: t.string }),
  technique: t.array(t.type({ id: t.string, name: t.string, reference: t.string })),
});

export const RuleSummary = t.type({
  /** Elastic's rule_id of the bundled definition. */
  ruleId: t.string,
  /** The rule_id our custom copy uses when Elastic's prebuilt copy is unavailable. */
  customRuleId: t.string,
  name: t.string,
  severity: t.keyof({ low: null, medium: null, high: null, critical: null }),
  riskScore: t.number,
  bundledVersion: t.number,
  indexPatterns: t.array(t.string),
  threat: t.array(ThreatSummary),
});
export type RuleSummary = t.TypeOf<typeof RuleSummary>;
