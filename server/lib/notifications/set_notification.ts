// Adds, changes or removes one connector's action on the deployed rule (one PATCH of `actions`, as the caller:
// Kibana refuses a caller who may not change rules). Every other action stays as it was.
import type { NotificationsResponse, NotifyRequest } from '../../../common/api';
import { findDeployedRule } from '../deploy/rule_copies';
import { HttpError } from '../errors';
import type { ServiceContext } from '../service_context';
import { listConnectors, notificationsAnswer } from './get_notifications';
import {
  connectorChoice,
  ruleActions,
  withNotification,
  withoutNotification,
} from './notification_actions';

export async function setNotification(
  ctx: ServiceContext,
  request: NotifyRequest,
): Promise<NotificationsResponse> {
  const [deployed, list] = await Promise.all([findDeployedRule(ctx), listConnectors(ctx)]);
  if (!deployed) {
    throw new HttpError(404, 'The rule is not deployed in this space; deploy it first.');
  }
  if (list.connectors === null) throw new HttpError(403, list.unavailable);
  const actions = ruleActions(deployed.rule);
  let next: typeof actions;
  if (request.notify === null) {
    // A connector deleted since still has its action removed; removing what is not there changes nothing.
    if (!actions.some((action) => action.id === request.connectorId)) {
      return notificationsAnswer(ctx, deployed.rule, list);
    }
    next = withoutNotification(actions, request.connectorId);
  } else {
    const connector = list.connectors.find((candidate) => candidate.id === request.connectorId);
    if (!connector) {
      throw new HttpError(404, `No connector ${request.connectorId} in this space.`);
    }
    const choice = connectorChoice(connector);
    if (!choice.usable) throw new HttpError(400, `${connector.name}: ${choice.reason}`);
    next = withNotification(actions, connector, request.notify);
  }
  const updated = await ctx.detectionEngine.patchRule({ id: deployed.rule.id }, { actions: next });
  ctx.logger.info(
    `${request.notify === null ? 'Removed' : 'Set'} a notification of rule ${deployed.rule.rule_id}`,
  );
  return notificationsAnswer(ctx, updated, list);
}
