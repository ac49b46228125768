// Between the panel's view of a notification (connector, frequency, message) and Kibana's rule action: which
// connector types take a plain message and in which parameter, Kibana's two frequencies, and one connector's
// action set or removed while every other action stays exactly as it was.
import type {
  ConnectorChoice,
  NotifyFrequency,
  NotifySettings,
  RuleNotification,
} from '../../../common/api';
import type {
  KibanaConnector,
  KibanaRule,
  KibanaRuleAction,
} from '../detection_engine/detection_engine_client';

/** Connector types whose action is one message, and the parameter that carries it. */
const MESSAGE_PARAMS: Readonly<Record<string, (message: string) => Record<string, unknown>>> = {
  '.slack': (message) => ({ message }),
  '.teams': (message) => ({ message }),
  '.server-log': (message) => ({ message, level: 'info' }),
  '.webhook': (message) => ({ body: message }),
};

/** Detection rules have one action group. */
const ACTION_GROUP = 'default';

const FREQUENCIES: Readonly<Record<NotifyFrequency, NonNullable<KibanaRuleAction['frequency']>>> = {
  summary: { summary: true, notifyWhen: 'onActiveAlert', throttle: null },
  per_alert: { summary: false, notifyWhen: 'onActiveAlert', throttle: null },
};

export function connectorChoice(connector: KibanaConnector): ConnectorChoice {
  const reason = connector.is_missing_secrets
    ? 'Its secrets are missing; fix the connector in Stack Management first.'
    : MESSAGE_PARAMS[connector.connector_type_id] === undefined
      ? `A ${connector.connector_type_id} action needs more than a message; add it in Kibana's rule editor.`
      : null;
  return {
    id: connector.id,
    name: connector.name,
    type: connector.connector_type_id,
    usable: reason === null,
    reason,
  };
}

function frequencyOf(action: KibanaRuleAction): RuleNotification['frequency'] {
  const frequency = action.frequency;
  // Without one, the Detection Engine sends a summary per run.
  if (!frequency) return 'summary';
  if (frequency.notifyWhen !== 'onActiveAlert' || (frequency.throttle ?? null) !== null) {
    return 'other';
  }
  return frequency.summary ? 'summary' : 'per_alert';
}

function messageOf(action: KibanaRuleAction): string | null {
  const value = action.action_type_id === '.webhook' ? action.params.body : action.params.message;
  return typeof value === 'string' ? value : null;
}

export function readNotifications(
  actions: readonly KibanaRuleAction[],
  connectors: readonly KibanaConnector[] | null,
): RuleNotification[] {
  return actions.map((action) => ({
    connectorId: action.id,
    connectorName: connectors?.find((c) => c.id === action.id)?.name ?? null,
    connectorType: action.action_type_id,
    frequency: frequencyOf(action),
    message: messageOf(action),
  }));
}

/** The rule's actions without the ones of `connectorId` (also a connector deleted since). */
export function withoutNotification(
  actions: readonly KibanaRuleAction[],
  connectorId: string,
): KibanaRuleAction[] {
  return actions.filter((action) => action.id !== connectorId);
}

/**
 * The rule's actions with `connector`'s action set to `notify`, replacing the one it had (keeping its uuid). Other
 * actions pass through untouched, whoever made them.
 */
export function withNotification(
  actions: readonly KibanaRuleAction[],
  connector: KibanaConnector,
  notify: NotifySettings,
): KibanaRuleAction[] {
  const others = withoutNotification(actions, connector.id);
  const current = actions.find((action) => action.id === connector.id);
  const params = MESSAGE_PARAMS[connector.connector_type_id];
  if (!params) throw new Error(`No message action for ${connector.connector_type_id}`);
  const action: KibanaRuleAction = {
    group: ACTION_GROUP,
    id: connector.id,
    action_type_id: connector.connector_type_id,
    params: params(notify.message),
    frequency: FREQUENCIES[notify.frequency],
    ...(current?.uuid ? { uuid: current.uuid } : {}),
  };
  return [...others, action];
}

/** The actions of a rule as Kibana answered it (an absent or malformed list reads as none). */
export function ruleActions(rule: KibanaRule): KibanaRuleAction[] {
  return Array.isArray(rule.actions)
    ? (rule.actions as unknown[]).filter(
        (action): action is KibanaRuleAction =>
          typeof action === 'object' &&
          action !== null &&
          typeof (action as KibanaRuleAction).id === 'string' &&
          typeof (action as KibanaRuleAction).action_type_id === 'string',
      )
    : [];
}
