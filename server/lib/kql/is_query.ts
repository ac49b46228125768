// `field: value` → DSL: exists, match_all, multi_match, query_string, wildcard, term, match, match_phrase or a
// date range, one clause per matching field inside `bool.should`, exactly as Kibana's `is` function builds them.

import type { KqlIs } from './ast';
import { isLoneWildcard, termValue } from './ast';
import type { EsQuery, JsonObject, JsonValue } from './dsl';
import type { KqlFieldList } from './fields';
import { resolveFieldName } from './field_resolution';
import { isEpochValue, targetFields, wrapNested } from './field_clause';
import type { TargetField } from './field_clause';
import type { KqlContext, KqlQueryConfig } from './query_config';
import { caseInsensitivity } from './query_config';
import { timeZoneFromSettings } from './time_zone';
import { toQueryStringQuery } from './wildcard_text';

export function isToEsQuery(
  node: KqlIs,
  fields: KqlFieldList | undefined,
  config: KqlQueryConfig,
  context: KqlContext,
): EsQuery {
  const valueTerm = node.value;
  const isExists = isLoneWildcard(valueTerm);
  if (isExists && isLoneWildcard(node.field)) return { match_all: {} };

  const fullName = resolveFieldName(node.field, fields, context.nested?.path);
  const value: JsonValue = termValue(valueTerm);
  const quoted = valueTerm.kind === 'literal' && valueTerm.quoted;

  // A bare value (no field): searched across all fields.
  if (fullName.kind === 'literal' && fullName.value === null) {
    if (valueTerm.kind === 'wildcard')
      return { query_string: { query: toQueryStringQuery(valueTerm) } };
    return {
      multi_match: { type: quoted ? 'phrase' : 'best_fields', query: value, lenient: true },
    };
  }

  const clauseFor = (target: TargetField): EsQuery => {
    const esTypes = target.field?.esTypes;
    const isKeyword = esTypes?.length === 1 && esTypes[0] === 'keyword';
    if (isExists) return { exists: { field: target.name } };
    if (valueTerm.kind === 'wildcard') {
      const pattern = toQueryStringQuery(valueTerm);
      return isKeyword
        ? { wildcard: { [target.name]: { value: pattern, ...caseInsensitivity(config) } } }
        : { query_string: { fields: [target.name], query: pattern } };
    }
    if (target.field?.type === 'date') {
      // match queries take no time zone, so an exact date becomes a one-instant range.
      const timeZone: JsonObject =
        config.dateFormatTZ && !isEpochValue(value)
          ? { time_zone: timeZoneFromSettings(config.dateFormatTZ) }
          : {};
      return { range: { [target.name]: { gte: value, lte: value, ...timeZone } } };
    }
    if (isKeyword) return { term: { [target.name]: { value, ...caseInsensitivity(config) } } };
    return { [quoted ? 'match_phrase' : 'match']: { [target.name]: value } };
  };

  return {
    bool: {
      should: targetFields(fullName, fields).map((target) =>
        wrapNested(clauseFor(target), fullName, target, config, context),
      ),
      minimum_should_match: 1,
    },
  };
}
