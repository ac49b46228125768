// Finds the deployed copies of the bundled rule in the caller's space: Elastic's prebuilt one and/or our custom one.
import { customRuleId, type RuleDefinition } from '../../../common/rule';
import type { DetectionEngineClient } from '../detection_engine/detection_engine_client';
import type { KibanaRule } from '../detection_engine/kibana_rule';

/** One `_find` for both rule_ids; Elastic's prebuilt copy first, since deploy manages it when present. */
export async function findDeployedCopies(
  detectionEngine: DetectionEngineClient,
  definition: RuleDefinition,
): Promise<KibanaRule[]> {
  const elasticId = definition.rule.rule_id;
  const ownId = customRuleId(elasticId);
  const rules = await detectionEngine.findRulesByRuleId([elasticId, ownId]);
  const rank = (rule: KibanaRule): number => (rule.rule_id === elasticId ? 0 : 1);
  return [...rules].sort((a, b) => rank(a) - rank(b));
}
