// The status service: which copy is deployed, how its runs go, and a verdict (verdict.ts) with causes and fixes
// (causes.ts, known_warnings.ts). Upstream requests: one `_find`, then the execution history and the write-access
// probe in parallel (3 in all; 4 the first time a Kibana's history API is probed).
import type {
  DeployedRule as DeployedRuleSummary,
  RuleSummary,
  StatusResponse,
} from '../../../common/api';
import { HOUR_MS, KIBANA_RULE_DEFAULTS } from '../../../common/time';
import { KibanaApiError } from '../detection_engine/kibana_api_error';
import { checkWriteAccess } from '../detection_engine/write_access';
import type { ServiceContext } from '../service_context';
import { healthCauses } from './causes';
import { decideVerdict, lastExecution, ruleIntervalMs, staleness } from './verdict';
import type { ExecutionResults } from '../detection_engine/detection_engine_client';
import {
  deployableRule,
  type DeployableRule,
  deployedCopy,
  type InstalledCopy,
  findRuleCopies,
} from '../deploy/rule_copies';

const HISTORY_SIZE = 20;
const HISTORY_MIN_WINDOW_MS = 24 * HOUR_MS;

async function history(
  ctx: ServiceContext,
  deployed: InstalledCopy | null,
  now: Date,
): Promise<ExecutionResults> {
  if (!deployed) return { available: true, api: 'none', total: 0, items: [] };
  const windowMs = Math.max(HISTORY_MIN_WINDOW_MS, HISTORY_SIZE * ruleIntervalMs(deployed.rule));
  try {
    return await ctx.detectionEngine.getExecutionResults(deployed.rule.id, {
      from: new Date(now.getTime() - windowMs),
      to: now,
      perPage: HISTORY_SIZE,
    });
  } catch (error) {
    // History is a detail of the status: without it the verdict still stands on execution_summary.
    if (error instanceof KibanaApiError && error.statusCode === 401) throw error;
    ctx.logger.warn(
      `Execution history unavailable: ${error instanceof Error ? error.message : String(error)}`,
    );
    return { available: false, api: 'none', total: 0, items: [] };
  }
}

/** The panel header's facts about the bundled rule, all read from its definition. */
export function ruleSummary(bundled: DeployableRule): RuleSummary {
  const { payload } = bundled;
  return {
    ruleId: bundled.ruleId,
    customRuleId: bundled.customRuleId,
    name: payload.name,
    severity: payload.severity,
    riskScore: payload.risk_score,
    bundledVersion: bundled.version,
    indexPatterns: payload.index ?? [],
    threat: (payload.threat ?? []).map((entry) => ({
      framework: entry.framework,
      tactic: { id: entry.tactic.id, name: entry.tactic.name, reference: entry.tactic.reference },
      technique: entry.technique.map(({ id, name, reference }) => ({ id, name, reference })),
    })),
  };
}

export async function getRuleStatus(ctx: ServiceContext): Promise<StatusResponse> {
  const now = ctx.now();
  const bundled = deployableRule(ctx.rule);
  const copies = await findRuleCopies(ctx.detectionEngine, bundled);
  const deployed = deployedCopy(copies);
  const [runs, capabilities] = await Promise.all([
    history(ctx, deployed, now),
    checkWriteAccess(
      ctx.detectionEngine,
      deployed ? { ids: [deployed.rule.id] } : { ruleIds: [bundled.ruleId, bundled.customRuleId] },
    ),
  ]);

  const rule = deployed?.rule ?? null;
  const last = rule ? lastExecution(rule, runs.items) : null;
  const stale = rule ? staleness(rule, last?.date ?? null, now) : null;
  const facts = {
    deployed: rule,
    copy: deployed?.copy ?? null,
    duplicate: copies.prebuilt && copies.custom ? copies.custom : null,
    bundledVersion: bundled.version,
    lastExecution: last,
    staleness: stale,
    canWrite: capabilities.canWrite,
  };
  const causes = healthCauses(facts);
  const summary: DeployedRuleSummary | null =
    deployed && rule
      ? {
          id: rule.id,
          ruleId: rule.rule_id,
          copy: deployed.copy,
          version: rule.version,
          revision: rule.revision ?? 0,
          enabled: rule.enabled,
          upgradeAvailable: rule.version < bundled.version,
          interval: rule.interval ?? KIBANA_RULE_DEFAULTS.interval,
          from: rule.from ?? KIBANA_RULE_DEFAULTS.from,
          updatedAt: rule.updated_at ?? null,
          updatedBy: rule.updated_by ?? null,
        }
      : null;
  return {
    checkedAt: now.toISOString(),
    rule: ruleSummary(bundled),
    deployed: summary,
    lastExecution: last,
    history: { available: runs.available, items: runs.items },
    stale: stale?.stale ?? false,
    verdict: decideVerdict(facts, causes),
    causes,
    capabilities,
  };
}
