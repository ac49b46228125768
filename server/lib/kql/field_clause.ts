// What `is` and `range` share: the fields a name stands for, and the automatic `nested` wrapper for wildcard names.

import type { KqlTerm } from './ast';
import { termValue } from './ast';
import type { EsQuery } from './dsl';
import type { KqlField, KqlFieldList } from './fields';
import { matchingFields } from './field_resolution';
import type { KqlContext, KqlQueryConfig } from './query_config';
import { ignoreUnmapped } from './query_config';

/** A field to build a clause for: from the field list, or the name as typed when the list knows none. */
export interface TargetField {
  readonly name: string;
  readonly field?: KqlField;
}

/**
 * The fields a (resolved) name refers to. With no match — or no field list — the name goes through as typed, so a
 * query on a field one index lacks matches nothing there instead of failing.
 */
export function targetFields(fullName: KqlTerm, fields: KqlFieldList | undefined): TargetField[] {
  const matched = matchingFields(fullName, fields);
  if (matched.length > 0) return matched.map((field) => ({ name: field.name, field }));
  return [{ name: String(termValue(fullName)) }];
}

/**
 * A wildcard field name outside any nested group may match nested fields; their clauses get wrapped in the
 * `nested` query they need, since the user could not write one for a name they did not spell out.
 */
export function wrapNested(
  query: EsQuery,
  fullName: KqlTerm,
  target: TargetField,
  config: KqlQueryConfig,
  context: KqlContext,
): EsQuery {
  const path = target.field?.nestedPath;
  if (fullName.kind !== 'wildcard' || !path || context.nested) return query;
  return { nested: { path, query, score_mode: 'none', ...ignoreUnmapped(config) } };
}

/** Epoch values (digits only) are absolute instants: Kibana gives them no time zone. */
export function isEpochValue(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));
}
