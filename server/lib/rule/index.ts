// The rule as data, read in order: codec (what a detection-rules TOML may hold, and how its problems read) → parse
// (text to a checked RuleDefinition) → payload (Elastic's Detection Engine body with its derived fields and data
// tables) → identity (the version-lock hash and version, our custom copy's rule_id).
export type { RuleDefinition } from './codec';
export { RuleValidationError, formatProblem } from './codec';
export type { RuleParseResult } from './parse';
export { loadRuleDefinition, parseRuleToml } from './parse';
export type { RuleData, RulePayload } from './payload';
export { BUNDLED_RULE_DATA, buildRule, buildRulePayload, kqlQueryFields } from './payload';
export { customRuleId } from './identity';
export { mappingTypeOf } from './field_types';
