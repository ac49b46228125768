// Findings across patterns: can any pattern feed the rule, and is data somewhere that the rule ignores?
import type { CheckStatus, ReadinessCheck } from '../../../common/api';
import type { PatternFacts } from './pattern_facts';
import { canFeedRule, missingRequiredFields, worstStatus } from './pattern_verdict';
import { code, codeList } from './plain_language';
import type { ReadinessPlan } from './readiness_plan';

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
