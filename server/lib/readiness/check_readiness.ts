// The readiness service: can the data in each of the rule's index patterns feed the rule? Three stages, one
// file each — plan.ts (what to search, from the rule), probe.ts (the Elasticsearch calls, per pattern in
// parallel), judge.ts (checks and findings) — with bounded searches whose cost does not grow with the data.
import type { ReadinessResponse } from '../../../common/api';
import { DAY_MS, MINUTE_MS } from '../../../common/time';
import type { ServiceContext } from '../service_context';
import { canFeedRule, judgePattern, overallFindings, overallStatus } from './judge';
import { COUNT_LIMIT, readinessPlan, ruleTimeField, searchWindows } from './plan';
import { probePattern } from './probe';

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
