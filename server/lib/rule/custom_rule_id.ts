// The rule_id of our *custom* copy of a rule. Never Elastic's id: a custom rule holding a prebuilt rule_id gets
// duplicated by a later prebuilt install (Kibana issue #180198).
import { createHash } from 'node:crypto';

/** RFC 4122's URL namespace, in which our own namespace is named. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** RFC 4122 name-based UUID (version 5, SHA-1), the same as Python's uuid.uuid5. */
export function uuidV5(name: string, namespace: string): string {
  const hex = namespace.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${namespace}`);
  const bytes = createHash('sha1').update(Buffer.from(hex, 'hex')).update(name, 'utf8').digest();
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const id = bytes.subarray(0, 16).toString('hex');
  return `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`;
}

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
