// The parts of the body Elastic's build computes rather than copies: required_fields from the query's fields and
// related_integrations from [metadata] integration plus the datasets the query selects.
import { isKqlSyntaxError } from '../kql';
import { kqlQueryDatasets, kqlQueryFields } from './query_fields';
import type { RuleFile } from './rule_codec';
import type { RuleData } from './rule_data';
import type { RelatedIntegration, RequiredField } from './rule_payload';
import type { RuleProblem } from './rule_problem';

export interface Derived<T> {
  value: T;
  problems: RuleProblem[];
}

/** Fields named by a kuery query, each with its mapping type and ECS membership; sorted by name. */
export function deriveRequiredFields(
  rule: RuleFile['rule'],
  data: RuleData,
): Derived<RequiredField[]> {
  if (rule.query === undefined || (rule.language ?? 'kuery') !== 'kuery')
    return { value: [], problems: [] };
  let fields: string[];
  try {
    fields = kqlQueryFields(rule.query);
  } catch (error) {
    if (isKqlSyntaxError(error)) return { value: [], problems: [] }; // reported by the query check
    throw error;
  }
  const problems: RuleProblem[] = [];
  const value = fields.map((name) => {
    const known = data.fieldTypes[name];
    if (!known) {
      problems.push({
        path: 'rule.query',
        message: `field "${name}" has no known type; add it to common/rules/field_types.json`,
      });
    }
    return { name, type: known?.type ?? 'unknown', ecs: known?.ecs ?? false };
  });
  return { value, problems };
}

export function deriveRelatedIntegrations(
  definition: RuleFile,
  data: RuleData,
): Derived<RelatedIntegration[]> {
  const declared = definition.metadata.integration;
  const packages =
    declared === undefined ? [] : typeof declared === 'string' ? [declared] : declared;
  const { query, language } = definition.rule;
  let datasets: string[] = [];
  if (query !== undefined && (language ?? 'kuery') === 'kuery') {
    try {
      datasets = kqlQueryDatasets(query);
    } catch (error) {
      if (!isKqlSyntaxError(error)) throw error;
    }
  }
  const problems: RuleProblem[] = [];
  const value = packages.flatMap((pkg): RelatedIntegration[] => {
    const known = data.integrations[pkg];
    if (!known) {
      problems.push({
        path: 'metadata.integration',
        message: `package "${pkg}" has no known version; add it to common/rules/integrations.json`,
      });
      return [];
    }
    const integrations = datasets
      .filter((d) => d.startsWith(`${pkg}.`))
      .map((d) => d.slice(pkg.length + 1));
    return integrations.length === 0
      ? [{ package: pkg, version: known.version }]
      : integrations.map((integration) => ({ package: pkg, integration, version: known.version }));
  });
  return { value, problems };
}
