// Public surface of the KQL package: parse KQL, print it back, and translate it to Elasticsearch query DSL the way
// Kibana (and its Security detection engine) does.

export type {
  KqlAnd,
  KqlIs,
  KqlLiteral,
  KqlNested,
  KqlNode,
  KqlNot,
  KqlOr,
  KqlRange,
  KqlRangeOperator,
  KqlTerm,
  KqlWildcard,
} from './ast';
export { ANY_FIELD, hasLeadingWildcard, isLoneWildcard, literal, termValue, wildcard } from './ast';
export type { KqlParseOptions } from './parser';
export { LEADING_WILDCARDS_DISABLED, MAX_NESTING_DEPTH, parseKql } from './parser';
export type { KqlSyntaxErrorDetails } from './syntax_error';
export { KqlSyntaxError, isKqlSyntaxError } from './syntax_error';
export { printTerm, toKqlExpression } from './printer';
export type { EsBoolClauses, EsQuery, JsonObject, JsonValue } from './dsl';
export type { KqlField, KqlFieldList, KqlFieldSpec, KqlFieldTypeSpec } from './fields';
export { fieldsFromSpec, kibanaFieldType } from './fields';
export type { FieldCapsResponseLike } from './field_caps';
export { fieldsFromFieldCaps } from './field_caps';
export type { KqlContext, KqlQueryConfig } from './query_config';
export { toElasticsearchQuery } from './to_es_query';
export type { EsFilterInput, EsQueryConfig, EsQueryInput } from './build_es_query';
export { buildEsQuery } from './build_es_query';
export type {
  RuleQueryFilterInput,
  RuleSearchInput,
  RuleTimestampSettings,
  TimeRangeInput,
} from './rule_search';
export {
  DEFAULT_TIMESTAMP_FIELD,
  DETECTION_ENGINE_QUERY_CONFIG,
  buildRuleQueryFilter,
  buildRuleSearchQuery,
  buildTimeRangeFilter,
  ruleTimestampFields,
} from './rule_search';
export { queryFieldNames } from './field_names';
