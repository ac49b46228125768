// The bundled rule as deploy and status see it (Elastic's id, our custom copy's id, the version and the custom
// copy's create body, all derived from the TOML), and its copies in the space, found with one `_find`: Elastic's
// prebuilt copy (by Elastic's rule_id) and our custom copy (by our derived rule_id). The prebuilt copy wins.
import type { RuleCopy } from '../../../common/api';
import { PLUGIN_NAME } from '../../../common/constants';
import type {
  DetectionEngineClient,
  KibanaRule,
} from '../detection_engine/detection_engine_client';
import { buildRulePayload, customRuleId, type RuleDefinition, type RulePayload } from '../rule';
import type { ServiceContext } from '../service_context';

/** Marks the copies this plugin created, so people browsing Kibana's rule list know who manages them. */
export const MANAGED_TAG = `Managed by: ${PLUGIN_NAME}`;

export interface DeployableRule {
  /** Elastic's rule_id (the prebuilt copy's). */
  ruleId: string;
  /** Our custom copy's rule_id: uuid5 of Elastic's id in the plugin's namespace (see server/lib/rule/identity.ts). */
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

export interface RuleCopies {
  prebuilt: KibanaRule | null;
  custom: KibanaRule | null;
}

/** The copy this plugin manages in a space, and which kind it is. */
export interface InstalledCopy {
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

/** Saved-object ids of every copy in the space: the alerts of either are this rule's (`kibana.alert.rule.uuid`). */
export function copyIds(copies: RuleCopies): string[] {
  return [copies.prebuilt, copies.custom].flatMap((rule) => (rule ? [rule.id] : []));
}

export function deployedCopy(copies: RuleCopies): InstalledCopy | null {
  if (copies.prebuilt) return { rule: copies.prebuilt, copy: 'prebuilt' };
  if (copies.custom) return { rule: copies.custom, copy: 'custom' };
  return null;
}

/** The rule this plugin manages in the context's space, or null: for services that only read it. */
export async function findDeployedRule(
  ctx: Pick<ServiceContext, 'detectionEngine' | 'rule'>,
): Promise<InstalledCopy | null> {
  return deployedCopy(await findRuleCopies(ctx.detectionEngine, deployableRule(ctx.rule)));
}
