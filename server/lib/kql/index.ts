// Public surface of the KQL package: parse KQL and translate it to Elasticsearch query DSL the way Kibana (and its
// Security detection engine) does. Read in order: syntax → parser → fields → translate → rule_search; the CLI and
// the test vectors state requests as translation_request does.

export type { KqlNode, KqlTerm } from './syntax';
export { ANY_FIELD, isLoneWildcard } from './syntax';
export { isKqlSyntaxError, parseKql } from './parser';
export { fieldsFromFieldCaps, queryFieldNames } from './fields';
export {
  buildRuleQueryFilter,
  buildRuleSearchQuery,
  buildTimeRangeFilter,
  ruleTimestampFields,
} from './rule_search';
export type { TranslationOptions } from './translation_request';
export {
  FieldSpecCodec,
  TranslationOptionsCodec,
  decodeTranslationRequest,
  translateKql,
} from './translation_request';
