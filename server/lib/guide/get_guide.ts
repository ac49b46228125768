// The guide service: the investigation guide as analysts should read it — the deployed rule's note (users may
// edit it in Kibana), else the bundled one — with the rule's investigation fields and references.
import type { GuideResponse } from '../../../common/api';
import { findDeployedRule } from '../deploy/rule_copies';
import type { ServiceContext } from '../service_context';
import type { KibanaRule } from '../detection_engine/detection_engine_client';

function fromDeployed(rule: KibanaRule & { note: string }, fallback: GuideResponse): GuideResponse {
  return {
    source: 'deployed',
    ruleName: rule.name,
    note: rule.note,
    investigationFields: rule.investigation_fields?.field_names ?? fallback.investigationFields,
    references: rule.references ?? fallback.references,
  };
}

/** One upstream request (`_find`); none of the bundled values needs the network. */
export async function getGuide(ctx: ServiceContext): Promise<GuideResponse> {
  const bundled = ctx.rule.rule;
  const fromBundle: GuideResponse = {
    source: 'bundled',
    ruleName: bundled.name,
    note: bundled.note ?? '',
    investigationFields: bundled.investigation_fields?.field_names ?? [],
    references: bundled.references ?? [],
  };
  const deployed = (await findDeployedRule(ctx))?.rule;
  if (deployed && typeof deployed.note === 'string' && deployed.note.trim() !== '') {
    return fromDeployed({ ...deployed, note: deployed.note }, fromBundle);
  }
  return fromBundle;
}
