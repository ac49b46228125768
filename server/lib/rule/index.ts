// The rule as data: parse and validate a detection-rules TOML, build Elastic's Detection Engine body, hash and
// version it, and derive the rule_id of our custom copy. Free of Node APIs (runs in the browser too).
export type {
  RuleDefinition,
  RuleFields,
  RuleMetadata,
  RuleType,
  ThreatMapping,
} from './rule_codec';
export { LANGUAGES, RULE_TYPES, SEVERITIES } from './rule_codec';
export type { RuleParseResult } from './parse_rule_toml';
export { loadRuleDefinition, parseRuleToml } from './parse_rule_toml';
export type { RuleProblem } from './rule_problem';
export { RuleValidationError, formatProblem } from './rule_problem';
export { SUPPORTED_RULE_TYPES, validateRule } from './validate_rule';
export type { BuiltRule } from './build_payload';
export { buildRule, buildRulePayload } from './build_payload';
export type { RelatedIntegration, RequiredField, RulePayload, ThreatPayload } from './rule_payload';
export { hashableContent, ruleContentHash, UNHASHED_KEYS } from './rule_hash';
export type { RuleVersion, VersionStatus } from './rule_version';
export { ruleVersion } from './rule_version';
export type { FieldType, IntegrationPackage, RuleData, VersionLockEntry } from './rule_data';
export { BUNDLED_RULE_DATA } from './rule_data';
export { CUSTOM_RULE_NAMESPACE, CUSTOM_RULE_NAMESPACE_NAME, customRuleId } from './custom_rule_id';
export { kqlQueryDatasets, kqlQueryFields } from './query_fields';
export { collapseWhitespace } from './whitespace';
export { pythonJsonDumps } from './python_json';
