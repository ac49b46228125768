// Finds the copies of the bundled rule in the space with one `_find`: Elastic's prebuilt copy (by Elastic's
// rule_id) and our custom copy (by our derived rule_id). The prebuilt copy wins when both exist.
import type { RuleCopy } from '../../../common/api';
import type { DetectionEngineClient } from '../detection_engine/detection_engine_client';
import type { KibanaRule } from '../detection_engine/kibana_rule';
import type { ServiceContext } from '../service_context';
import { deployableRule, type DeployableRule } from './deployable_rule';

export interface RuleCopies {
  prebuilt: KibanaRule | null;
  custom: KibanaRule | null;
}

export interface DeployedRule {
  rule: KibanaRule;
  copy: RuleCopy;
}

export async function findRuleCopies(
  detectionEngine: DetectionEngineClient,
  bundled: Pick<DeployableRule, 'ruleId' | 'customRuleId'>,
): Promise<RuleCopies> {
  const rules = await detectionEngine.findRulesByRuleId([bundled.ruleId, bundled.customRuleId]);
  return {
    prebuilt: rules.find((rule) => rule.rule_id === bundled.ruleId) ?? null,
    custom: rules.find((rule) => rule.rule_id === bundled.customRuleId) ?? null,
  };
}

export function deployedCopy(copies: RuleCopies): DeployedRule | null {
  if (copies.prebuilt) return { rule: copies.prebuilt, copy: 'prebuilt' };
  if (copies.custom) return { rule: copies.custom, copy: 'custom' };
  return null;
}

/** The rule this plugin manages in the context's space, or null: for services that only read it. */
export async function findDeployedRule(
  ctx: Pick<ServiceContext, 'detectionEngine' | 'rule'>,
): Promise<DeployedRule | null> {
  return deployedCopy(await findRuleCopies(ctx.detectionEngine, deployableRule(ctx.rule)));
}
