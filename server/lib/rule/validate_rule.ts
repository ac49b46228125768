// Checks beyond types, as detection-rules makes them on load: supported rule type, the new-terms block, the query
// parses as KQL, the history window precedes `from`, MITRE ids, and that the derived parts can be computed.
import { isKqlSyntaxError, parseKql } from '../kql';
import { KIBANA_RULE_DEFAULTS, relativeOffsetMs } from '../../../common/time';
import { deriveRelatedIntegrations, deriveRequiredFields } from './derived_fields';
import type { RuleDefinition } from './rule_codec';
import type { RuleData } from './rule_data';
import type { RuleProblem } from './rule_problem';

/** Rule types this project can deploy and check (its tooling reads KQL queries). */
export const SUPPORTED_RULE_TYPES = ['new_terms', 'query'] as const;
const MAX_NEW_TERMS_FIELDS = 3;
/** Kibana's default `from` when a rule sets none. */

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
export function validateRule(definition: RuleDefinition, data: RuleData): RuleProblem[] {
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
  problems.push(...deriveRequiredFields(rule, data).problems);
  problems.push(...deriveRelatedIntegrations(definition, data).problems);
  return problems;
}
