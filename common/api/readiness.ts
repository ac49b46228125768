// GET readiness: can the data in each of the rule's index patterns feed the rule?
import * as t from 'io-ts';

export const CheckStatus = t.keyof({ pass: null, warn: null, fail: null });
export type CheckStatus = t.TypeOf<typeof CheckStatus>;

export const ReadinessCheck = t.type({
  /** Stable id, e.g. `resolves`, `documents`, `mapping`, `query_matches`, `baseline`, `timestamp_override`. */
  id: t.string,
  title: t.string,
  status: CheckStatus,
  /** What was found, in plain language. */
  finding: t.string,
  /** What to do; null when nothing needs doing. */
  fix: t.union([t.string, t.null]),
});
export type ReadinessCheck = t.TypeOf<typeof ReadinessCheck>;

export const FieldMapping = t.type({
  field: t.string,
  /** Why the rule needs it. */
  roles: t.array(t.keyof({ query: null, new_terms: null, timestamp_override: null })),
  /** Mapped types across the pattern's indices (empty when unmapped). */
  types: t.array(t.string),
  aggregatable: t.boolean,
  ok: t.boolean,
});
export type FieldMapping = t.TypeOf<typeof FieldMapping>;

export const PatternReadiness = t.type({
  pattern: t.string,
  status: CheckStatus,
  resolves: t.boolean,
  /** Indices and data streams the pattern resolves to (capped list). */
  targets: t.array(t.string),
  documentsInHistoryWindow: t.number,
  newestEvent: t.union([t.string, t.null]),
  newestTimestampOverride: t.union([t.string, t.null]),
  fields: t.array(FieldMapping),
  matchingRecent: t.number,
  matchingInHistoryWindow: t.number,
  /** Whole days of data inside the history window. */
  baselineDays: t.number,
  /** Share (0–1) of sampled recent documents that carry the timestamp-override field; null without documents. */
  timestampOverrideShare: t.union([t.number, t.null]),
  checks: t.array(ReadinessCheck),
});
export type PatternReadiness = t.TypeOf<typeof PatternReadiness>;

export const ReadinessResponse = t.intersection([
  t.type({
    checkedAt: t.string,
    status: CheckStatus,
    historyWindowStart: t.string,
    historyWindowDays: t.number,
    /** "recent" means the rule's own look-back (`from`, e.g. now-6m), in minutes. */
    recentWindowMinutes: t.number,
    timestampField: t.string,
    patterns: t.array(PatternReadiness),
    /** Findings across patterns (e.g. "no pattern has data the query can match"). */
    findings: t.array(ReadinessCheck),
  }),
  t.partial({
    /** Counts stop at this cap to keep queries bounded: a count equal to it means "at least this many". */
    countLimit: t.number,
  }),
]);
export type ReadinessResponse = t.TypeOf<typeof ReadinessResponse>;
