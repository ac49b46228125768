// The search the Security detection engine runs for a query rule: the rule's query as a filter (built with the
// engine's options and the field types of the rule's indices) plus the time range on the rule's timestamp field.

import type { estypes } from '@elastic/elasticsearch';
import type { KqlFieldList } from './fields';
import type { EsBoolClauses, EsFilterInput, EsQuery, EsQueryConfig } from './translate';
import { buildEsQuery } from './translate';

/** The options the detection engine's getQueryFilter passes to buildEsQuery. */
export const DETECTION_ENGINE_QUERY_CONFIG: EsQueryConfig = {
  allowLeadingWildcards: true,
  queryStringOptions: { analyze_wildcard: true },
  ignoreFilterIfFieldNotInIndex: false,
  dateFormatTZ: 'Zulu',
};

const DEFAULT_TIMESTAMP_FIELD = '@timestamp';

interface RuleQueryFilterInput {
  readonly query: string;
  /** The rule's `language`; `kuery` unless given. */
  readonly language?: 'kuery' | 'lucene';
  /** Fields of the rule's indices (e.g. from fieldsFromFieldCaps); none known is the same as an empty list. */
  readonly fields?: KqlFieldList;
  /** The rule's `filters` (and an exception filter, if any). */
  readonly filters?: readonly EsFilterInput[];
}

/** The detection engine's getQueryFilter: the rule query as a `bool` query. Throws KqlSyntaxError on bad KQL. */
export function buildRuleQueryFilter(input: RuleQueryFilterInput): { bool: EsBoolClauses } {
  return buildEsQuery(
    input.fields ?? [],
    { query: input.query, language: input.language ?? 'kuery' },
    input.filters ?? [],
    DETECTION_ENGINE_QUERY_CONFIG,
  );
}

interface RuleTimestampSettings {
  readonly timestampOverride?: string;
  readonly timestampOverrideFallbackDisabled?: boolean;
}

/**
 * Which fields the engine's time range uses: the timestamp override (or @timestamp), and @timestamp as a fallback
 * for documents lacking the override unless the fallback is disabled.
 */
export function ruleTimestampFields(settings: RuleTimestampSettings): {
  primary: string;
  secondary?: string;
} {
  const primary = settings.timestampOverride ?? DEFAULT_TIMESTAMP_FIELD;
  const useFallback =
    primary !== DEFAULT_TIMESTAMP_FIELD && settings.timestampOverrideFallbackDisabled !== true;
  return useFallback ? { primary, secondary: DEFAULT_TIMESTAMP_FIELD } : { primary };
}

interface TimeRangeInput {
  /** Start, inclusive (an ISO date-time, or date math such as `now-6m`). */
  readonly from: string;
  /** End, inclusive. */
  readonly to: string;
  readonly timestampField: string;
  /** Used only by documents without `timestampField`. */
  readonly secondaryTimestampField?: string;
}

/** The engine's time-range clause (buildTimeRangeFilter). */
export function buildTimeRangeFilter(input: TimeRangeInput): EsQuery {
  const range = (field: string): EsQuery => ({
    range: { [field]: { lte: input.to, gte: input.from, format: 'strict_date_optional_time' } },
  });
  if (input.secondaryTimestampField === undefined) return range(input.timestampField);
  return {
    bool: {
      minimum_should_match: 1,
      should: [
        range(input.timestampField),
        {
          bool: {
            filter: [
              range(input.secondaryTimestampField),
              { bool: { must_not: { exists: { field: input.timestampField } } } },
            ],
          },
        },
      ],
    },
  };
}

interface RuleSearchInput extends RuleQueryFilterInput, TimeRangeInput {}

/**
 * The `query` of the engine's event search for the rule over [from, to]:
 * `{bool: {filter: [ruleQueryFilter, timeRange]}}`.
 */
export function buildRuleSearchQuery(input: RuleSearchInput): estypes.QueryDslQueryContainer {
  const query: EsQuery = {
    bool: {
      filter: [buildRuleQueryFilter(input), buildTimeRangeFilter(input)],
    },
  };
  // The DSL is plain JSON; the client's type for it is stricter about value types than JSON.
  return query as estypes.QueryDslQueryContainer;
}
