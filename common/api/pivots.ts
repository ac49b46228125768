// GET alerts/context and GET alerts/pivot: one alert's context for the analyst, and the investigation guide's steps
// as pivots with the alert's values filled in — opened in Kibana Discover by the plugin, run as bounded searches by
// the standalone host (which has no Discover).
import * as t from 'io-ts';

/** The guide's investigation steps that become pivots (see server/lib/pivots/pivot_specs.ts for each one). */
export const PivotId = t.keyof({
  /** "Review Timeline": everything this identity did from 30 minutes before to 30 minutes after. */
  identity_timeline: null,
  /** "Correlate with other events": the identity's session, command, identity and role calls around the alert. */
  identity_related_calls: null,
  /** "Review Source Context": the other identities that called from the same source IP around the alert. */
  source_ip_identities: null,
});
export type PivotId = t.TypeOf<typeof PivotId>;

const NonEmptyString = t.refinement(
  t.string,
  (text) => text.trim().length > 0,
  'a non-empty string',
);

/** `field` is one of `values`; `fieldType` is the field's mapping type (an `ip` compares as an address). */
export const PivotCondition = t.type({
  field: t.string,
  fieldType: t.string,
  values: t.array(t.string),
});
export type PivotCondition = t.TypeOf<typeof PivotCondition>;

export const Pivot = t.type({
  id: PivotId,
  /** The guide step it comes from, and what it looks for. */
  title: t.string,
  description: t.string,
  /** The rule's index patterns: the logs the alert came from. */
  indexPatterns: t.array(t.string),
  timeField: t.string,
  /** ISO instants, inclusive. */
  from: t.string,
  to: t.string,
  /** Every condition holds… */
  conditions: t.array(PivotCondition),
  /** …and not all of these at once (empty: no exclusion). */
  excluding: t.array(PivotCondition),
});
export type Pivot = t.TypeOf<typeof Pivot>;

export const AlertContextQuery = t.exact(t.type({ id: NonEmptyString }));
export type AlertContextQuery = t.TypeOf<typeof AlertContextQuery>;

const Nullable = t.union([t.string, t.null]);

export const AlertContextResponse = t.type({
  id: t.string,
  /** When the alert was created, and when the event that raised it happened. */
  timestamp: t.string,
  eventTime: t.string,
  identity: t.type({
    /** The rule's new-terms fields and their values in this alert: what makes the identity "rare". */
    terms: t.array(t.type({ field: t.string, value: Nullable })),
    type: Nullable,
    arn: Nullable,
  }),
  userAgent: Nullable,
  source: t.type({ ip: Nullable, geo: Nullable }),
  /** CloudTrail's request parameters, as the integration keeps them (a string). */
  requestParameters: Nullable,
  /** This identity's earlier alerts in the space's alerts index (any rule): automation tends to repeat. */
  earlierAlerts: t.type({
    count: t.number,
    first: Nullable,
  }),
  pivots: t.array(Pivot),
  /** Pivots this alert lacks the values for (e.g. no source IP), with the reason. */
  unavailablePivots: t.array(t.type({ id: PivotId, title: t.string, reason: t.string })),
});
export type AlertContextResponse = t.TypeOf<typeof AlertContextResponse>;

export const AlertPivotQuery = t.exact(t.type({ id: NonEmptyString, pivot: PivotId }));
export type AlertPivotQuery = t.TypeOf<typeof AlertPivotQuery>;

export const PivotEvent = t.type({
  id: t.string,
  index: t.string,
  timestamp: t.string,
  action: Nullable,
  outcome: Nullable,
  userName: Nullable,
  accountId: Nullable,
  identityArn: Nullable,
  sourceIp: Nullable,
});
export type PivotEvent = t.TypeOf<typeof PivotEvent>;

export const AlertPivotResponse = t.type({
  pivot: Pivot,
  /** Newest first, at most `limit`. */
  events: t.array(PivotEvent),
  total: t.number,
  /** True when more events matched than were counted (the total is then a lower bound). */
  totalCapped: t.boolean,
  limit: t.number,
});
export type AlertPivotResponse = t.TypeOf<typeof AlertPivotResponse>;
