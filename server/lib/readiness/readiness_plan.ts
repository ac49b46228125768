// What readiness checks, derived once from the rule definition: patterns, fields, time field and windows.
import type { estypes } from '@elastic/elasticsearch';
import { buildRuleQueryFilter, parseKql } from '../kql';
import { kqlQueryFields, type RuleDefinition } from '../rule';
import { HttpError } from '../errors';
import { parseDuration, parseLookBack } from './relative_time';
import { requiredFieldNames } from './required_fields';

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

/** Kibana's defaults for rules that leave these out. */
const DEFAULT_FROM = 'now-6m';
const DEFAULT_INTERVAL = '5m';

/** Everything readiness checks, read from the rule: nothing here is specific to one rule. */
export function readinessPlan(definition: RuleDefinition): ReadinessPlan {
  const rule = definition.rule;
  const language = rule.language ?? 'kuery';
  if (language !== 'kuery' && language !== 'lucene') {
    throw new HttpError(
      400,
      `Readiness checks support KQL and Lucene rule queries, not ${language}.`,
    );
  }
  const queryText = rule.query ?? '';
  const isKql = language === 'kuery';
  const from = rule.from ?? DEFAULT_FROM;
  const historyWindowStart = rule.new_terms?.history_window_start[0]?.value ?? from;
  return {
    patterns: rule.index ?? [],
    query: buildRuleQueryFilter({ query: queryText, language }) as estypes.QueryDslQueryContainer,
    queryFields: isKql ? kqlQueryFields(queryText) : [],
    requiredQueryFields: isKql ? requiredFieldNames(parseKql(queryText)) : [],
    newTermsFields: rule.new_terms?.value ?? [],
    timestampOverride: rule.timestamp_override ?? null,
    timestampFallback: rule.timestamp_override_fallback_disabled !== true,
    historyWindowStart,
    historyWindowMs: parseLookBack(historyWindowStart),
    lookBackMs: parseLookBack(from),
    intervalMs: parseDuration(rule.interval ?? DEFAULT_INTERVAL),
  };
}
