// Readiness, stage 3 — the judgement: every check (one file each under checks/) run on a pattern's facts, the
// per-pattern answer, and the findings across patterns (can any pattern feed the rule? is data being ignored?).
import type {
  CheckStatus,
  FieldMapping,
  PatternReadiness,
  ReadinessCheck,
} from '../../../common/api';
import { code, codeList } from '../../../common/format';
import { baselineCheck, baselineDays } from './checks/baseline_check';
import { documentsCheck, freshnessCheck } from './checks/documents_check';
import { mappingCheck } from './checks/mapping_check';
import { queryFieldsCheck, queryMatchesCheck } from './checks/query_fields_check';
import { resolvesCheck } from './checks/resolves_check';
import { timestampOverrideCheck, timestampOverrideShare } from './checks/timestamp_override_check';
import { missingRequiredFields, type MappedField, type PatternFacts } from './probe';
import { fieldRoles, type FieldRole, type ReadinessPlan } from './plan';

/** What every per-pattern check reads: the plan, the facts found, the clock and which other patterns feed the rule. */
export interface CheckContext {
  plan: ReadinessPlan;
  facts: PatternFacts;
  now: Date;
  /** Other patterns of the rule whose data can feed it. */
  feedingPatterns: string[];
}

/** A check, or null when it does not apply (e.g. no documents to judge). */
export type PatternCheck = (context: CheckContext) => ReadinessCheck | null;

const ORDER: Record<CheckStatus, number> = { pass: 0, warn: 1, fail: 2 };

export function worstStatus(statuses: CheckStatus[]): CheckStatus {
  return statuses.reduce<CheckStatus>((worst, s) => (ORDER[s] > ORDER[worst] ? s : worst), 'pass');
}

/** A pattern feeds the rule when it resolves, is readable, has data in the window and the query can match it. */
export function canFeedRule(facts: PatternFacts, requiredFields: string[]): boolean {
  return (
    facts.resolves &&
    !facts.forbidden &&
    facts.windowCount.value > 0 &&
    facts.queryError === null &&
    missingRequiredFields(facts, requiredFields).length === 0
  );
}

const DATE_TYPES = new Set(['date', 'date_nanos']);

/** Whether a field's mapping serves every role the rule gives it. */
export function mappingServesRoles(mapped: MappedField, roles: FieldRole[]): boolean {
  if (mapped.types.length === 0) return false;
  if (roles.includes('new_terms') && !mapped.aggregatable) return false;
  if (roles.includes('timestamp_override') && !mapped.types.every((type) => DATE_TYPES.has(type))) {
    return false;
  }
  return true;
}

function toFieldMapping(mapped: MappedField, roles: FieldRole[]): FieldMapping {
  return {
    field: mapped.field,
    roles,
    types: mapped.types,
    aggregatable: mapped.aggregatable,
    ok: mappingServesRoles(mapped, roles),
  };
}

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

/** Runs every check on one pattern's facts and shapes the API's per-pattern answer. */
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

/** Findings across patterns: can any pattern feed the rule, and is data somewhere that the rule ignores? */
export function overallFindings(plan: ReadinessPlan, allFacts: PatternFacts[]): ReadinessCheck[] {
  const feeding = allFacts
    .filter((f) => canFeedRule(f, plan.requiredQueryFields))
    .map((f) => f.pattern);
  const findings: ReadinessCheck[] = [];
  if (feeding.length === 0) {
    const resolving = allFacts.filter((f) => f.resolves);
    findings.push({
      id: 'data_feed',
      title: 'Data can feed the rule',
      status: 'fail',
      finding:
        resolving.length === 0
          ? `No index matches any of the rule's index patterns (${codeList(plan.patterns)}). Kibana skips ` +
            'every run with a warning until one does.'
          : `None of the rule's index patterns (${codeList(plan.patterns)}) has data in the history window ` +
            "that the rule's query can match, so the rule cannot raise an alert.",
      fix:
        resolving.length === 0
          ? `Ingest the logs this rule reads into an index matching ${codeList(plan.patterns)}.`
          : 'See the findings of each pattern below.',
    });
  } else {
    findings.push({
      id: 'data_feed',
      title: 'Data can feed the rule',
      status: 'pass',
      finding: `${codeList(feeding)} ${feeding.length === 1 ? 'has' : 'have'} data the rule's query can match.`,
      fix: null,
    });
  }
  for (const facts of allFacts) {
    const missing = missingRequiredFields(facts, plan.requiredQueryFields);
    if (feeding.length > 0 && facts.windowCount.value > 0 && missing.length > 0) {
      findings.push({
        id: 'ignored_data',
        title: 'Data the rule ignores',
        status: 'warn',
        finding:
          `${code(facts.pattern)} has recent documents, but the rule's query can never match them: they carry ` +
          `no ${codeList(missing)}. Only ${codeList(feeding)} feeds the rule.`,
        fix: `If ${code(facts.pattern)} holds logs the rule should watch, ingest them so they carry ${codeList(missing)}.`,
      });
    }
  }
  return findings;
}

/** Overall: fail when nothing feeds the rule; else the worst of the feeding patterns and the cross findings. */
export function overallStatus(
  plan: ReadinessPlan,
  allFacts: PatternFacts[],
  patternStatuses: Map<string, CheckStatus>,
  findings: ReadinessCheck[],
): CheckStatus {
  const feeding = allFacts.filter((f) => canFeedRule(f, plan.requiredQueryFields));
  if (feeding.length === 0) return 'fail';
  return worstStatus([
    ...feeding.map((f) => patternStatuses.get(f.pattern) ?? 'pass'),
    ...findings.map((finding) => finding.status),
  ]);
}
