// What readiness checks, derived once from the rule definition: patterns, fields, time field and windows.
import type { estypes } from '@elastic/elasticsearch';

export type FieldRole = 'query' | 'new_terms' | 'timestamp_override';

export interface ReadinessPlan {
  patterns: string[];
  /** The rule's own DSL query (KQL translated), without any time filter. */
  query: estypes.QueryDslQueryContainer;
  /** Every field the query names. */
  queryFields: string[];
  /** Fields every matching document must carry (from the query's structure): their absence rules out a match. */
  requiredQueryFields: string[];
  newTermsFields: string[];
  /** The rule's `timestamp_override`, or null when it reads `@timestamp`. */
  timestampOverride: string | null;
  /** Whether the engine falls back to `@timestamp` for documents without the override field. */
  timestampFallback: boolean;
  historyWindowStart: string;
  historyWindowMs: number;
  /** The rule's look-back (`from`), used as "recent". */
  lookBackMs: number;
  intervalMs: number;
}

export const EVENT_TIME_FIELD = '@timestamp';

/** The field the engine orders and filters events by. */
export function ruleTimeField(plan: ReadinessPlan): string {
  return plan.timestampOverride ?? EVENT_TIME_FIELD;
}

/** Each field the checks look up in the mappings, with why the rule needs it. */
export function fieldRoles(plan: ReadinessPlan): Map<string, FieldRole[]> {
  const roles = new Map<string, FieldRole[]>();
  const add = (field: string, role: FieldRole): void => {
    const list = roles.get(field) ?? [];
    if (!list.includes(role)) list.push(role);
    roles.set(field, list);
  };
  plan.queryFields.forEach((f) => add(f, 'query'));
  plan.newTermsFields.forEach((f) => add(f, 'new_terms'));
  if (plan.timestampOverride) add(plan.timestampOverride, 'timestamp_override');
  return roles;
}
