// RuleDefinition → the Detection Engine create body, following detection-rules' build: whitespace cleanup of
// plain strings, note/setup/query verbatim, new_terms flattened, threat techniques defaulted, derived
// required_fields and related_integrations, version from the lock. No `enabled` unless the TOML sets it.
import type { RuleDefinition } from './rule_codec';
import { deriveRelatedIntegrations, deriveRequiredFields } from './derived_fields';
import { ruleContentHash } from './rule_hash';
import type { RuleData } from './rule_data';
import { BUNDLED_RULE_DATA } from './rule_data';
import type { RulePayload } from './rule_payload';
import { RuleValidationError } from './rule_problem';
import type { RuleVersion } from './rule_version';
import { ruleVersion } from './rule_version';
import { collapseWhitespace } from './whitespace';

/** Markdown fields of detection-rules: kept verbatim (newlines and trailing spaces matter). */
const MARKDOWN_KEYS = new Set(['note', 'setup']);

/** detection-rules' nested_normalize: every string collapsed except `query` values and Markdown fields. */
function normalize(value: unknown, verbatim = false): unknown {
  if (typeof value === 'string') return verbatim ? value : collapseWhitespace(value);
  if (Array.isArray(value)) return value.map((v) => normalize(v));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === 'query' ? v : normalize(v, MARKDOWN_KEYS.has(k)),
      ]),
    );
  }
  return value;
}

export interface BuiltRule {
  payload: RulePayload;
  /** Elastic's version-lock hash of the payload. */
  hash: string;
  version: RuleVersion;
}

/** Builds the body, its hash and its version. Throws RuleValidationError if a derived part cannot be computed. */
export function buildRule(
  definition: RuleDefinition,
  data: RuleData = BUNDLED_RULE_DATA,
): BuiltRule {
  const { new_terms: newTerms, ...fields } = definition.rule;
  const flat: Record<string, unknown> = { ...fields };
  if (newTerms) {
    flat[newTerms.field] = newTerms.value;
    const [window] = newTerms.history_window_start;
    if (window) flat[window.field] = window.value;
  }
  const body = normalize(flat) as Record<string, unknown>;
  if (Array.isArray(body.threat)) {
    body.threat = body.threat.map((entry: Record<string, unknown>) => ({
      technique: [],
      ...entry,
    }));
  }

  const required = deriveRequiredFields(definition.rule, data);
  const related = deriveRelatedIntegrations(definition, data);
  const problems = [...required.problems, ...related.problems];
  if (problems.length > 0) throw new RuleValidationError(problems);

  body.required_fields = required.value;
  const hash = ruleContentHash(body);
  const version = ruleVersion(definition.rule.rule_id, hash, data.versionLock);
  const payload = {
    ...body,
    related_integrations: related.value,
    version: version.version,
  } as unknown as RulePayload;
  return { payload, hash, version };
}

export function buildRulePayload(
  definition: RuleDefinition,
  data: RuleData = BUNDLED_RULE_DATA,
): RulePayload {
  return buildRule(definition, data).payload;
}
