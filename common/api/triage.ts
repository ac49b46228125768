// POST alerts/status: the analyst's triage — set the workflow status of chosen alerts of the rule, through Kibana's
// own `POST /api/detection_engine/signals/status` with the caller's credentials.
import * as t from 'io-ts';

/** The statuses the panel and the CLI offer (Kibana's `AlertStatus` also has `in-progress`, which we only show). */
export const TriageStatus = t.keyof({ open: null, acknowledged: null, closed: null });
export type TriageStatus = t.TypeOf<typeof TriageStatus>;

/** One request changes at most this many alerts: the panel shows the newest few, the CLI names them. */
export const MAX_TRIAGE_IDS = 100;

const AlertId = t.refinement(t.string, (id) => id.trim().length > 0, 'a non-empty alert id');

export const AlertIds = new t.Type<string[], string[], unknown>(
  `between 1 and ${MAX_TRIAGE_IDS} alert ids`,
  (value): value is string[] => Array.isArray(value) && value.every((id) => AlertId.is(id)),
  (value, context) => {
    const decoded = t.array(AlertId).validate(value, context);
    if (decoded._tag === 'Left') return decoded;
    const ids = decoded.right;
    if (ids.length === 0 || ids.length > MAX_TRIAGE_IDS) {
      return t.failure(value, context, `expected between 1 and ${MAX_TRIAGE_IDS} alert ids`);
    }
    return t.success([...new Set(ids)]);
  },
  t.identity,
);

export const TriageRequest = t.exact(
  t.type({
    /** Alert ids (`kibana.alert.uuid`, which is also the document id). Duplicates count once. */
    ids: AlertIds,
    status: TriageStatus,
  }),
);
export type TriageRequest = t.TypeOf<typeof TriageRequest>;

export const TriageResponse = t.type({
  status: TriageStatus,
  /** Distinct ids asked for. */
  requested: t.number,
  /** Alerts of this rule whose status Kibana set; ids of other rules' alerts (or unknown ones) are not touched. */
  updated: t.number,
});
export type TriageResponse = t.TypeOf<typeof TriageResponse>;
