// Sample answers of GET notifications and POST notify: a space with a Slack, a server-log and an email connector.
import type { NotificationsResponse, NotifyRequest } from '../../../../common/api';
import { defaultNotifyMessage } from '../../../../server/lib/notifications/notify_message';
import { loadRuleDefinition } from '../../../../server/lib/rule';
import { BUNDLED_TOML } from '../../bundled_rule_text';
import { SAVED_OBJECT_ID } from './status_responses';

export const SLACK_CONNECTOR = {
  id: 'slack-secops',
  name: 'SecOps Slack',
  type: '.slack',
  usable: true,
  reason: null,
};

const CONNECTORS: NotificationsResponse['connectors'] = [
  SLACK_CONNECTOR,
  { id: 'log', name: 'Kibana server log', type: '.server-log', usable: true, reason: null },
  {
    id: 'mail',
    name: 'SOC mailbox',
    type: '.email',
    usable: false,
    reason: "A .email action needs more than a message; add it in Kibana's rule editor.",
  },
];

export function noNotifications(): NotificationsResponse {
  return {
    ruleId: SAVED_OBJECT_ID,
    notifications: [],
    connectors: CONNECTORS,
    connectorsUnavailable: null,
    defaultMessage: defaultNotifyMessage(loadRuleDefinition(BUNDLED_TOML)),
  };
}

/** The answer after `request`, starting from no notifications. */
export function afterNotify(
  request: NotifyRequest,
  before: NotificationsResponse = noNotifications(),
): NotificationsResponse {
  const others = before.notifications.filter((n) => n.connectorId !== request.connectorId);
  if (request.notify === null) return { ...before, notifications: others };
  const connector = before.connectors?.find((c) => c.id === request.connectorId);
  return {
    ...before,
    notifications: [
      ...others,
      {
        connectorId: request.connectorId,
        connectorName: connector?.name ?? null,
        connectorType: connector?.type ?? '.slack',
        frequency: request.notify.frequency,
        message: request.notify.message,
      },
    ],
  };
}

export function slackNotification(): NotificationsResponse {
  const base = noNotifications();
  return afterNotify(
    {
      connectorId: SLACK_CONNECTOR.id,
      notify: { frequency: 'summary', message: base.defaultMessage },
    },
    base,
  );
}
