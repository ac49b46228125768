// The readiness service: can the data in each of the rule's index patterns feed the rule? Bounded, parallel checks.
import type { ReadinessResponse } from '../../../common/api';
import type { ServiceContext } from '../service_context';
import { overallFindings, overallStatus } from './overall_findings';
import { probePattern } from './pattern_probe';
import { judgePattern } from './pattern_readiness';
import { searchWindows } from './pattern_searches';
import { canFeedRule } from './pattern_verdict';
import { COUNT_LIMIT } from './readiness_limits';
import { readinessPlan, ruleTimeField } from './readiness_plan';
import { DAY_MS, MINUTE_MS } from './relative_time';

/** Three Elasticsearch requests per index pattern (resolve, field_caps, one multi-search), all at once. */
export const REQUESTS_PER_PATTERN = 3;

export async function checkReadiness(ctx: ServiceContext): Promise<ReadinessResponse> {
  const plan = readinessPlan(ctx.rule);
  const now = ctx.now();
  const windows = searchWindows(plan, now);
  const allFacts = await Promise.all(
    plan.patterns.map((pattern) => probePattern(ctx.elasticsearch, plan, pattern, windows)),
  );
  const feeding = allFacts
    .filter((facts) => canFeedRule(facts, plan.requiredQueryFields))
    .map((facts) => facts.pattern);
  const patterns = allFacts.map((facts) =>
    judgePattern({
      plan,
      facts,
      now,
      feedingPatterns: feeding.filter((pattern) => pattern !== facts.pattern),
    }),
  );
  const findings = overallFindings(plan, allFacts);
  const statuses = new Map(patterns.map((p) => [p.pattern, p.status]));
  const status = overallStatus(plan, allFacts, statuses, findings);
  ctx.logger.debug(`Readiness ${status} for ${plan.patterns.join(', ')}`);
  return {
    checkedAt: now.toISOString(),
    status,
    historyWindowStart: plan.historyWindowStart,
    historyWindowDays: plan.historyWindowMs / DAY_MS,
    recentWindowMinutes: plan.lookBackMs / MINUTE_MS,
    timestampField: ruleTimeField(plan),
    patterns,
    findings,
    countLimit: COUNT_LIMIT,
  };
}
