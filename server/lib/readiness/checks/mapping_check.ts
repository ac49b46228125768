// Are the fields the rule uses mapped the way it needs them (aggregatable new-terms fields, a date override)?
import type { ReadinessCheck } from '../../../../common/api';
import { code, codeList, plural } from '../../../../common/format';
import { fieldRoles } from '../plan';
import type { CheckContext } from '../judge';

const DATE_TYPES = ['date', 'date_nanos'];

export function mappingCheck({ plan, facts }: CheckContext): ReadinessCheck {
  const pattern = code(facts.pattern);
  const required = new Set(plan.requiredQueryFields);
  const failures: string[] = [];
  const warnings: string[] = [];
  const roles = fieldRoles(plan);
  for (const [field, fieldRolesList] of roles) {
    const mapped = facts.fields.get(field);
    const types = mapped?.types ?? [];
    const name = code(field);
    if (fieldRolesList.includes('new_terms')) {
      if (types.length === 0) {
        failures.push(`new-terms field ${name} is not mapped, so no term can ever be new`);
      } else if (!mapped?.aggregatable) {
        failures.push(
          `new-terms field ${name} is mapped as ${types.join('/')} and is not aggregatable ` +
            '(it needs to be a keyword-like field in every index)',
        );
      }
    }
    if (
      fieldRolesList.includes('timestamp_override') &&
      types.length > 0 &&
      !types.every((type) => DATE_TYPES.includes(type))
    ) {
      failures.push(`timestamp override ${name} is mapped as ${types.join('/')}, not as a date`);
    }
    // Required query fields are judged by the query-fields check; here only the optional ones.
    if (
      fieldRolesList.includes('query') &&
      !required.has(field) &&
      !fieldRolesList.includes('new_terms') &&
      types.length === 0
    ) {
      warnings.push(
        `query field ${name} is not mapped, so the parts of the query using it never match`,
      );
    }
  }
  const title = 'Field mappings';
  if (failures.length > 0 || warnings.length > 0) {
    const problems = [...failures, ...warnings];
    return {
      id: 'mapping',
      title,
      status: failures.length > 0 ? 'fail' : 'warn',
      finding: `In ${pattern}: ${problems.join('; ')}.`,
      fix:
        'Map these fields as the rule expects (keyword for new-terms fields, date for the timestamp override), ' +
        'e.g. through the index template of the integration that writes this data, then roll the data over.',
    };
  }
  const unmapped = [...roles.keys()].filter((f) => (facts.fields.get(f)?.types.length ?? 0) === 0);
  return {
    id: 'mapping',
    title,
    status: 'pass',
    finding:
      `${plural(roles.size - unmapped.length, 'field')} the rule uses are mapped as it needs in ${pattern}` +
      (unmapped.length > 0 ? ` (not mapped: ${codeList(unmapped)}, judged below).` : '.'),
    fix: null,
  };
}
