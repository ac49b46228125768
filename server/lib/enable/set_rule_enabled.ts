// Enable or disable the deployed rule (prebuilt copy first, else our custom copy). Asking for the state the
// rule is already in changes nothing, but a caller who may not change rules still gets Kibana's 403.
import type { EnableResponse } from '../../../common/api';
import { HttpError } from '../errors';
import { assertWriteAccess } from '../detection_engine/write_access';
import { applyEnabled } from '../deploy/rule_enabled_state';
import { findDeployedRule } from '../deploy/rule_copies';
import type { ServiceContext } from '../service_context';

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
