// Judges one pattern: runs every check on its facts and shapes the API's per-pattern answer.
import type { PatternReadiness, ReadinessCheck } from '../../../common/api';
import { baselineCheck, baselineDays } from './checks/baseline_check';
import type { CheckContext, PatternCheck } from './checks/check_context';
import { documentsCheck, freshnessCheck } from './checks/documents_check';
import { mappingCheck } from './checks/mapping_check';
import { queryFieldsCheck, queryMatchesCheck } from './checks/query_fields_check';
import { resolvesCheck } from './checks/resolves_check';
import { timestampOverrideCheck, timestampOverrideShare } from './checks/timestamp_override_check';
import { toFieldMapping } from './field_mappings';
import { worstStatus } from './pattern_verdict';
import { fieldRoles } from './readiness_plan';

/** In reading order: each later check assumes the pattern resolved. */
const CHECKS_OF_RESOLVED_PATTERN: PatternCheck[] = [
  documentsCheck,
  freshnessCheck,
  mappingCheck,
  queryFieldsCheck,
  queryMatchesCheck,
  baselineCheck,
  timestampOverrideCheck,
];

export function judgePattern(context: CheckContext): PatternReadiness {
  const { plan, facts } = context;
  const checks: ReadinessCheck[] = [resolvesCheck(context)];
  if (facts.resolves && !facts.forbidden) {
    for (const check of CHECKS_OF_RESOLVED_PATTERN) {
      const result = check(context);
      if (result) checks.push(result);
    }
    if (facts.errors.length > 0) {
      checks.push({
        id: 'search_errors',
        title: 'Searches completed',
        status: 'warn',
        finding: `Some readiness searches on \`${facts.pattern}\` failed: ${facts.errors.join('; ')}`,
        fix: 'The figures above may be incomplete; check the cluster health and the mappings of this pattern.',
      });
    }
  }
  const fields = [...fieldRoles(plan)].map(([field, roles]) => {
    const mapped = facts.fields.get(field) ?? {
      field,
      types: [],
      aggregatable: false,
      unmappedIndices: [],
    };
    return toFieldMapping(mapped, roles);
  });
  return {
    pattern: facts.pattern,
    status: worstStatus(checks.map((check) => check.status)),
    resolves: facts.resolves,
    targets: facts.targets,
    documentsInHistoryWindow: facts.windowCount.value,
    newestEvent: facts.newestEvent,
    newestTimestampOverride: facts.newestOverride,
    fields,
    matchingRecent: facts.recentMatches?.value ?? 0,
    matchingInHistoryWindow: facts.windowMatches?.value ?? 0,
    baselineDays: baselineDays(facts.daysWithData),
    timestampOverrideShare: plan.timestampOverride
      ? timestampOverrideShare(facts.sampled, facts.sampledWithOverride)
      : null,
    checks,
  };
}
