// Rule TOML text → RuleDefinition, with every problem found: syntax, types and unknown keys (the codec), then the
// checks detection-rules makes on load. Takes the text, not a path: reading files is server/lib/rule_files.ts.
import { TomlError, parse as parseToml } from 'smol-toml';
import { KIBANA_RULE_DEFAULTS, relativeOffsetMs } from '../../../common/time';
import { isKqlSyntaxError, parseKql } from '../kql';
import type { RuleDefinition, RuleProblem } from './codec';
import { RULE_TYPES, RuleFileCodec, RuleValidationError, reportErrors } from './codec';
import { noteProblems } from './note_setup';
import type { RuleData } from './payload';
import { BUNDLED_RULE_DATA, deriveRelatedIntegrations, deriveRequiredFields } from './payload';

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
  const unsupported = unsupportedType(raw);
  if (unsupported) return { ok: false, problems: [unsupported] };
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

// Checks beyond types: supported rule type, the new-terms block, the query parses as KQL, the history window precedes
// `from`, MITRE ids, and that the derived parts can be computed.

/** Rule types this project can deploy and check (its tooling reads KQL queries). */
const SUPPORTED_RULE_TYPES = ['new_terms', 'query'] as const;
const MAX_NEW_TERMS_FIELDS = 3;

/**
 * A rule of a type this project does not manage, in one line: its type-specific keys (`threshold`,
 * `threat_mapping`, …) are not worth listing one by one as unknown keys.
 */
function unsupportedType(raw: unknown): RuleProblem | null {
  const rule =
    typeof raw === 'object' && raw !== null ? (raw as { rule?: unknown }).rule : undefined;
  const type =
    typeof rule === 'object' && rule !== null ? (rule as { type?: unknown }).type : undefined;
  const known = (RULE_TYPES as readonly unknown[]).includes(type);
  if (!known || (SUPPORTED_RULE_TYPES as readonly unknown[]).includes(type)) return null;
  return {
    path: 'rule.type',
    message: `rule type "${type}" is not supported here (supported: ${SUPPORTED_RULE_TYPES.join(', ')})`,
  };
}

function checkQuery(rule: RuleDefinition['rule']): RuleProblem[] {
  if (rule.query === undefined)
    return [{ path: 'rule.query', message: `is required for a ${rule.type} rule` }];
  const language = rule.language ?? 'kuery';
  if (language !== 'kuery') {
    return [
      {
        path: 'rule.language',
        message: `must be kuery for this project's tooling (got "${language}")`,
      },
    ];
  }
  try {
    parseKql(rule.query);
    return [];
  } catch (error) {
    if (!isKqlSyntaxError(error)) throw error;
    return [
      {
        path: 'rule.query',
        message: `KQL syntax error at offset ${error.offset}: ${error.shortMessage}`,
      },
    ];
  }
}

function checkNewTerms(rule: RuleDefinition['rule']): RuleProblem[] {
  const block = rule.new_terms;
  if (!block) return [{ path: 'rule.new_terms', message: 'is required for a new_terms rule' }];
  const problems: RuleProblem[] = [];
  if (block.field !== 'new_terms_fields') {
    problems.push({
      path: 'rule.new_terms.field',
      message: `must be "new_terms_fields" (got "${block.field}")`,
    });
  }
  const fields = block.value;
  if (fields.length < 1 || fields.length > MAX_NEW_TERMS_FIELDS) {
    problems.push({
      path: 'rule.new_terms.value',
      message: `must list 1 to ${MAX_NEW_TERMS_FIELDS} fields (got ${fields.length})`,
    });
  }
  fields.forEach((field, i) => {
    if (field.trim() === '') {
      problems.push({
        path: `rule.new_terms.value[${i}]`,
        message: 'must be a non-empty field name',
      });
    } else if (fields.indexOf(field) !== i) {
      problems.push({ path: `rule.new_terms.value[${i}]`, message: `repeats field "${field}"` });
    }
  });
  const windows = block.history_window_start;
  if (windows.length !== 1) {
    problems.push({
      path: 'rule.new_terms.history_window_start',
      message: `must hold exactly one entry (got ${windows.length})`,
    });
  }
  const [window] = windows;
  if (window) {
    const path = 'rule.new_terms.history_window_start[0]';
    if (window.field !== 'history_window_start') {
      problems.push({
        path: `${path}.field`,
        message: `must be "history_window_start" (got "${window.field}")`,
      });
    }
    const start = relativeOffsetMs(window.value);
    const from = rule.from ?? KIBANA_RULE_DEFAULTS.from;
    const fromOffset = relativeOffsetMs(from);
    if (start === null) {
      problems.push({
        path: `${path}.value`,
        message: `must be relative date math such as "now-10d" (got "${window.value}")`,
      });
    } else if (fromOffset !== null && start >= fromOffset) {
      problems.push({
        path: `${path}.value`,
        message: `must be earlier than from ("${from}"); Kibana rejects the rule otherwise (got "${window.value}")`,
      });
    }
  }
  return problems;
}

function checkThreat(rule: RuleDefinition['rule']): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const expect = (path: string, value: string, pattern: RegExp, what: string): void => {
    if (!pattern.test(value)) problems.push({ path, message: `must be ${what} (got "${value}")` });
  };
  (rule.threat ?? []).forEach((entry, i) => {
    const at = `rule.threat[${i}]`;
    expect(`${at}.framework`, entry.framework, /^MITRE ATT&CK$/, '"MITRE ATT&CK"');
    expect(`${at}.tactic.id`, entry.tactic.id, /^TA\d{4}$/, 'a tactic id such as TA0007');
    (entry.technique ?? []).forEach((technique, j) => {
      expect(`${at}.technique[${j}].id`, technique.id, /^T\d{4}$/, 'a technique id such as T1518');
      (technique.subtechnique ?? []).forEach((sub, k) => {
        const path = `${at}.technique[${j}].subtechnique[${k}].id`;
        expect(path, sub.id, /^T\d{4}\.\d{3}$/, 'a subtechnique id such as T1518.001');
      });
    });
  });
  return problems;
}

/** Every problem of a decoded rule beyond its types; empty when the rule can be built and deployed. */
function validateRule(definition: RuleDefinition, data: RuleData): RuleProblem[] {
  const { rule } = definition;
  const problems: RuleProblem[] = [];
  if (!(SUPPORTED_RULE_TYPES as readonly string[]).includes(rule.type)) {
    problems.push({
      path: 'rule.type',
      message: `rule type "${rule.type}" is not supported here (supported: ${SUPPORTED_RULE_TYPES.join(', ')})`,
    });
    return problems;
  }
  problems.push(...checkQuery(rule));
  if (rule.type === 'new_terms') problems.push(...checkNewTerms(rule));
  else if (rule.new_terms)
    problems.push({ path: 'rule.new_terms', message: `only fits a new_terms rule` });
  problems.push(...checkThreat(rule));
  problems.push(
    ...noteProblems(rule.note, rule.setup).map((message) => ({ path: 'rule.note', message })),
  );
  problems.push(...deriveRequiredFields(definition, data).problems);
  problems.push(...deriveRelatedIntegrations(definition, data).problems);
  return problems;
}
