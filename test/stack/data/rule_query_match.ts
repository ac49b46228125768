// The rule's KQL query evaluated on one document in memory, to check what the generator planted.
// It mirrors common/rules/discovery_ssm_inventory_reconnaissance.toml; keep the two in step.

import type { CloudTrailEcsDocument } from './ecs_document';

const READ_ACTIONS = new Set([
  'GetInventory',
  'GetInventorySchema',
  'ListInventoryEntries',
  'DescribeInstancePatches',
  'ListCommands',
]);

/** `*text*` on a keyword with ignore_above 8191: case-sensitive, and longer values are not indexed. */
function wildcardMatches(value: string | undefined, text: string): boolean {
  return value !== undefined && value.length <= 8191 && value.includes(text);
}

/** True when the rule's query matches `doc` as indexed in `index`. */
export function matchesRuleQuery(doc: CloudTrailEcsDocument, index: string): boolean {
  // data_stream.dataset is a constant_keyword in logs-aws.cloudtrail-*, so it matches every document
  // there; Filebeat indices have no such field.
  const dataset = index.startsWith('logs-aws.cloudtrail-')
    ? 'aws.cloudtrail'
    : doc.data_stream?.dataset;
  if (dataset !== 'aws.cloudtrail') return false;
  if (doc.event.provider !== 'ssm.amazonaws.com') return false;
  const action = doc.event.action ?? '';
  const inventory =
    READ_ACTIONS.has(action) ||
    (action === 'CreateAssociation' &&
      wildcardMatches(doc.aws.cloudtrail.request_parameters, 'AWS-GatherSoftwareInventory'));
  if (!inventory) return false;
  if (doc.aws.cloudtrail.user_identity.type === 'AWSService') return false;
  return doc.event.outcome === 'success';
}

/** The new-terms key, or undefined when a field is missing (such documents never form a term). */
export function newTermsKey(doc: CloudTrailEcsDocument): string | undefined {
  const account = doc.cloud?.account?.id;
  const user = doc.user?.name;
  return account !== undefined && user !== undefined ? `${account}/${user}` : undefined;
}
