// The bundled rule as the deploy and status services see it: Elastic's id, our custom copy's id, the bundled
// version, and the create body of the custom copy (derived from the TOML, never hand-written).
import { PLUGIN_NAME } from '../../../common/constants';
import { buildRulePayload, customRuleId, type RuleDefinition, type RulePayload } from '../rule';

/** Marks the copies this plugin created, so people browsing Kibana's rule list know who manages them. */
export const MANAGED_TAG = `Managed by: ${PLUGIN_NAME}`;

export interface DeployableRule {
  /** Elastic's rule_id (the prebuilt copy's). */
  ruleId: string;
  /** Our custom copy's rule_id: uuid5 of Elastic's id in the plugin's namespace (see server/lib/rule/custom_rule_id.ts). */
  customRuleId: string;
  version: number;
  payload: RulePayload;
  /** Create body of the custom copy, without `enabled` (the deploy request decides). */
  customBody: Readonly<Record<string, unknown>> & { rule_id: string; version: number };
}

export function deployableRule(definition: RuleDefinition): DeployableRule {
  const payload = buildRulePayload(definition);
  const ruleId = payload.rule_id;
  const ownId = customRuleId(ruleId);
  const body: Record<string, unknown> = { ...payload };
  delete body.enabled;
  const customBody = {
    ...body,
    rule_id: ownId,
    version: payload.version,
    tags: [...(payload.tags ?? []), MANAGED_TAG],
    // Kibana computes `ecs` itself; the create API takes {name, type}.
    required_fields: payload.required_fields.map(({ name, type }) => ({ name, type })),
  };
  return { ruleId, customRuleId: ownId, version: payload.version, payload, customBody };
}
