// Rule TOML text → RuleDefinition, with every problem found (syntax, types, unknown keys, semantics).
// Takes the text, not a path: the browser gets the TOML as a string; reading files is server/lib/rule_files.ts.
import { TomlError, parse as parseToml } from 'smol-toml';
import type { RuleDefinition } from './rule_codec';
import { RuleFileCodec } from './rule_codec';
import type { RuleData } from './rule_data';
import { BUNDLED_RULE_DATA } from './rule_data';
import type { RuleProblem } from './rule_problem';
import { RuleValidationError } from './rule_problem';
import { reportErrors } from './report_errors';
import { validateRule } from './validate_rule';

export type RuleParseResult =
  { ok: true; definition: RuleDefinition } | { ok: false; problems: RuleProblem[] };

/** smol-toml builds null-prototype tables; plain objects compare and print like any other JSON. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

function syntaxProblem(error: TomlError): RuleProblem {
  const reason =
    error.message.split('\n', 1)[0]?.replace(/^Invalid TOML document: /, '') ?? 'invalid TOML';
  return {
    path: '',
    message: `TOML syntax error at line ${error.line}, column ${error.column}: ${reason}`,
  };
}

export function parseRuleToml(text: string, data: RuleData = BUNDLED_RULE_DATA): RuleParseResult {
  let raw: unknown;
  try {
    raw = plain(parseToml(text));
  } catch (error) {
    if (error instanceof TomlError) return { ok: false, problems: [syntaxProblem(error)] };
    throw error;
  }
  const decoded = RuleFileCodec.decode(raw);
  if (decoded._tag === 'Left') return { ok: false, problems: reportErrors(decoded.left) };
  const problems = validateRule(decoded.right, data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, definition: decoded.right };
}

/** Like parseRuleToml, for callers that expect a valid rule: throws RuleValidationError listing every problem. */
export function loadRuleDefinition(
  text: string,
  data: RuleData = BUNDLED_RULE_DATA,
): RuleDefinition {
  const result = parseRuleToml(text, data);
  if (!result.ok) throw new RuleValidationError(result.problems);
  return result.definition;
}
