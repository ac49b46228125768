// Enabling and disabling the deployed rule (prebuilt copy first, else our custom copy), for the enable route and
// for deploy's `enable`. Through `_bulk_action`, which, unlike PATCH, leaves the rule's revision alone. Asking for
// the state the rule is already in changes nothing, but a caller who may not change rules still gets Kibana's 403.
import type { EnableResponse } from '../../../common/api';
import type {
  DetectionEngineClient,
  KibanaRule,
} from '../detection_engine/detection_engine_client';
import { assertWriteAccess } from '../detection_engine/write_access';
import { HttpError, UpstreamError } from '../errors';
import type { ServiceContext } from '../service_context';
import { findDeployedRule } from './rule_copies';

export interface EnabledChange {
  rule: KibanaRule;
  changed: boolean;
}

export async function applyEnabled(
  detectionEngine: DetectionEngineClient,
  rule: KibanaRule,
  enabled: boolean | undefined,
  dryRun: boolean,
): Promise<EnabledChange> {
  if (enabled === undefined || rule.enabled === enabled) return { rule, changed: false };
  if (dryRun) return { rule: { ...rule, enabled }, changed: true };
  const result = await detectionEngine.bulkAction(enabled ? 'enable' : 'disable', {
    ids: [rule.id],
  });
  const error = result.errors[0];
  if (error) {
    if (error.statusCode === 403 || error.statusCode === 401) {
      throw new HttpError(
        error.statusCode,
        `Kibana refused to ${enabled ? 'enable' : 'disable'} the rule: ${error.message}`,
      );
    }
    throw new UpstreamError(
      502,
      `Kibana could not ${enabled ? 'enable' : 'disable'} the rule: ${error.message}`,
      'kibana',
    );
  }
  const updated = result.updated.find((candidate) => candidate.id === rule.id);
  return { rule: updated ?? { ...rule, enabled }, changed: true };
}

export async function setRuleEnabled(
  ctx: ServiceContext,
  enabled: boolean,
): Promise<EnableResponse> {
  const deployed = await findDeployedRule(ctx);
  if (!deployed) {
    throw new HttpError(404, 'The rule is not deployed in this space; deploy it first.');
  }
  const result = await applyEnabled(ctx.detectionEngine, deployed.rule, enabled, false);
  if (!result.changed) await assertWriteAccess(ctx.detectionEngine, { ids: [deployed.rule.id] });
  else ctx.logger.info(`${enabled ? 'Enabled' : 'Disabled'} rule ${deployed.rule.rule_id}`);
  return { id: deployed.rule.id, ruleId: deployed.rule.rule_id, enabled, changed: result.changed };
}
