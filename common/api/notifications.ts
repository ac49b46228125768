// GET notifications and POST notify: the rule's actions (who is told when it fires, how often, with what message)
// and the space's connectors they can use; one change at a time (add or change one connector's action, or remove it).
import * as t from 'io-ts';

/** Kibana's two action frequencies for detection rules: one summary per rule run, or one message per alert. */
export const NotifyFrequency = t.keyof({ summary: null, per_alert: null });
export type NotifyFrequency = t.TypeOf<typeof NotifyFrequency>;

/** A connector of the space, and whether the panel can write a message action for its type. */
export const ConnectorChoice = t.type({
  id: t.string,
  name: t.string,
  type: t.string,
  /** False with `reason` when the panel cannot build this type's action (Kibana's rule form can). */
  usable: t.boolean,
  reason: t.union([t.string, t.null]),
});
export type ConnectorChoice = t.TypeOf<typeof ConnectorChoice>;

/** One action on the rule. Actions the panel did not write are listed too, and kept as they are. */
export const RuleNotification = t.type({
  connectorId: t.string,
  /** Null when the connector is not in the space's list (deleted, or the caller may not list connectors). */
  connectorName: t.union([t.string, t.null]),
  connectorType: t.string,
  /** `other`: a throttled or per-status frequency set in Kibana's rule form. */
  frequency: t.union([NotifyFrequency, t.literal('other')]),
  /** The message template, when the action has one the panel knows how to read. */
  message: t.union([t.string, t.null]),
});
export type RuleNotification = t.TypeOf<typeof RuleNotification>;

export const NotificationsResponse = t.type({
  /** Saved-object id of the deployed copy; null when the rule is not deployed in this space. */
  ruleId: t.union([t.string, t.null]),
  notifications: t.array(RuleNotification),
  /** The space's connectors; null with `connectorsUnavailable` when Kibana refused to list them. */
  connectors: t.union([t.array(ConnectorChoice), t.null]),
  connectorsUnavailable: t.union([t.string, t.null]),
  /** The message a new action starts with, in Kibana's rule action variables. */
  defaultMessage: t.string,
});
export type NotificationsResponse = t.TypeOf<typeof NotificationsResponse>;

const ConnectorId = t.refinement(t.string, (id) => id.trim().length > 0, 'a connector id');

/** The action a connector should carry: its frequency and message template. */
export const NotifySettings = t.exact(
  t.type({
    frequency: NotifyFrequency,
    message: t.refinement(t.string, (text) => text.trim().length > 0, 'a non-empty message'),
  }),
);
export type NotifySettings = t.TypeOf<typeof NotifySettings>;

/** Sets one connector's action on the rule (adding it when absent), or removes it with `notify: null`. */
export const NotifyRequest = t.exact(
  t.type({ connectorId: ConnectorId, notify: t.union([NotifySettings, t.null]) }),
);
export type NotifyRequest = t.TypeOf<typeof NotifyRequest>;
