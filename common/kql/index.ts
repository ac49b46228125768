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
