// Who the rule tells when it fires: its actions and the space's connectors, asked for at the same time, as the
// caller. A caller who may not list connectors still sees the actions, with the reason the list is missing.
import type { NotificationsResponse } from '../../../common/api';
import { findDeployedRule } from '../deploy/rule_copies';
import type { KibanaConnector, KibanaRule } from '../detection_engine/detection_engine_client';
import { KibanaApiError } from '../detection_engine/kibana_api_error';
import type { ServiceContext } from '../service_context';
import { defaultNotifyMessage } from './notify_message';
import { connectorChoice, readNotifications, ruleActions } from './notification_actions';

export type ConnectorList =
  { connectors: KibanaConnector[]; unavailable: null } | { connectors: null; unavailable: string };

/** The space's connectors, or why the caller cannot list them (Kibana's 401/403). */
export async function listConnectors(ctx: ServiceContext): Promise<ConnectorList> {
  try {
    return { connectors: await ctx.detectionEngine.listConnectors(), unavailable: null };
  } catch (error) {
    if (error instanceof KibanaApiError && (error.statusCode === 403 || error.statusCode === 401)) {
      return {
        connectors: null,
        unavailable:
          'Listing connectors needs read access to Actions and Connectors in Kibana; ask an administrator.',
      };
    }
    throw error;
  }
}

export async function getNotifications(ctx: ServiceContext): Promise<NotificationsResponse> {
  const [deployed, list] = await Promise.all([findDeployedRule(ctx), listConnectors(ctx)]);
  return notificationsAnswer(ctx, deployed?.rule ?? null, list);
}

export function notificationsAnswer(
  ctx: Pick<ServiceContext, 'rule'>,
  rule: KibanaRule | null,
  list: ConnectorList,
): NotificationsResponse {
  return {
    ruleId: rule?.id ?? null,
    notifications: rule ? readNotifications(ruleActions(rule), list.connectors) : [],
    connectors: list.connectors?.filter((c) => !c.is_system_action).map(connectorChoice) ?? null,
    connectorsUnavailable: list.unavailable,
    defaultMessage: defaultNotifyMessage(ctx.rule),
  };
}
