// GET alerts: what the rule found, read through the Detection Engine's signals search (the caller's privileges).
import * as t from 'io-ts';

export const AlertsRange = t.keyof({ '24h': null, '7d': null, '30d': null });
export type AlertsRange = t.TypeOf<typeof AlertsRange>;

export const AlertsQuery = t.exact(t.partial({ range: AlertsRange }));
export type AlertsQuery = t.TypeOf<typeof AlertsQuery>;

export const WorkflowStatus = t.keyof({
  open: null,
  acknowledged: null,
  'in-progress': null,
  closed: null,
});
export type WorkflowStatus = t.TypeOf<typeof WorkflowStatus>;

export const AlertSummary = t.type({
  /** Alert id (`kibana.alert.uuid`). */
  id: t.string,
  timestamp: t.string,
  originalTime: t.union([t.string, t.null]),
  workflowStatus: t.string,
  reason: t.union([t.string, t.null]),
  newTerms: t.array(t.string),
  /** The rule's investigation fields, flattened (`field → value(s)`), absent values left out. */
  fields: t.record(t.string, t.unknown),
});
export type AlertSummary = t.TypeOf<typeof AlertSummary>;

export const AlertsResponse = t.type({
  range: AlertsRange,
  /** False when no deployed rule was found: every count is then 0. */
  ruleDeployed: t.boolean,
  totals: t.type({ '24h': t.number, '7d': t.number, '30d': t.number }),
  byWorkflowStatus: t.record(t.string, t.number),
  histogram: t.type({
    interval: t.string,
    buckets: t.array(t.type({ time: t.string, count: t.number })),
  }),
  topPairs: t.array(t.type({ values: t.array(t.string), count: t.number })),
  newTermsFields: t.array(t.string),
  investigationFields: t.array(t.string),
  newest: t.array(AlertSummary),
  lastAlertAt: t.union([t.string, t.null]),
  /** Whole days since the last alert; null when there has never been one. */
  silentDays: t.union([t.number, t.null]),
});
export type AlertsResponse = t.TypeOf<typeof AlertsResponse>;
