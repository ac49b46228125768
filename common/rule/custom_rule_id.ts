// The rule_id of our *custom* copy of a rule. Never Elastic's id: a custom rule holding a prebuilt rule_id gets
// duplicated by a later prebuilt install (Kibana issue #180198).
import { uuidV5 } from './uuid_v5';

/**
 * Our namespace: uuid5(NAMESPACE_URL, "urn:kibana-ssm-recon-rule:custom-rule"). Stable forever: changing it would
 * orphan every custom copy already deployed.
 */
export const CUSTOM_RULE_NAMESPACE = 'fc4208e1-502c-5936-94ac-4969dbeb0685';
export const CUSTOM_RULE_NAMESPACE_NAME = 'urn:kibana-ssm-recon-rule:custom-rule';

/** uuid5(CUSTOM_RULE_NAMESPACE, elasticRuleId): deterministic, so every install finds the same custom copy. */
export function customRuleId(elasticRuleId: string): string {
  return uuidV5(elasticRuleId.toLowerCase(), CUSTOM_RULE_NAMESPACE);
}
