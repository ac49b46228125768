// The status service: which copy is deployed, how its runs go, and a verdict (verdict.ts) with causes and fixes
// (causes.ts, known_warnings.ts). Upstream requests: the `_find`, the execution history and the write-access probe
// (3 in all; 4 the first time a Kibana's history API is probed) — in one round trip when the rule's saved-object id
// is already known in this space, else the two id-based calls after the `_find`.
import type {
  Capabilities,
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
  findRuleCopies,
  type RuleCopies,
} from '../deploy/rule_copies';

const HISTORY_SIZE = 20;
const HISTORY_MIN_WINDOW_MS = 24 * HOUR_MS;

/** How far back the history is read: twenty runs of the rule, and at least a day. */
function historyWindowMs(intervalMs: number): number {
  return Math.max(HISTORY_MIN_WINDOW_MS, HISTORY_SIZE * intervalMs);
}

async function history(
  ctx: ServiceContext,
  id: string,
  windowMs: number,
  now: Date,
): Promise<ExecutionResults> {
  try {
    return await ctx.detectionEngine.getExecutionResults(id, {
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

interface ByIdCalls {
  id: string;
  windowMs: number;
  runs: Promise<ExecutionResults>;
  capabilities: Promise<Capabilities>;
}

function byIdCalls(ctx: ServiceContext, id: string, windowMs: number, now: Date): ByIdCalls {
  return {
    id,
    windowMs,
    runs: history(ctx, id, windowMs, now),
    capabilities: checkWriteAccess(ctx.detectionEngine, { ids: [id] }),
  };
}

const NO_RUNS: ExecutionResults = { available: true, api: 'none', total: 0, items: [] };

/**
 * The history and the write-access answer for the copy the `_find` returns. Started beside the `_find` with the id
 * seen last time (and Kibana's default interval for the window); asked again only when the copy was replaced or
 * its interval needs a longer window.
 */
async function runsAndCapabilities(
  ctx: ServiceContext,
  bundled: DeployableRule,
  found: Promise<RuleCopies>,
  now: Date,
): Promise<{ copies: RuleCopies; runs: ExecutionResults; capabilities: Capabilities }> {
  const hint =
    ctx.detectionEngine.knownRuleId(bundled.ruleId) ??
    ctx.detectionEngine.knownRuleId(bundled.customRuleId);
  const early = hint ? byIdCalls(ctx, hint, historyWindowMs(ruleIntervalMs({})), now) : null;
  // An early call that fails is awaited only if its answer is the one needed.
  early?.runs.catch(() => undefined);
  early?.capabilities.catch(() => undefined);
  const copies = await found;
  const deployed = deployedCopy(copies);
  if (!deployed) {
    const capabilities = await checkWriteAccess(ctx.detectionEngine, {
      ruleIds: [bundled.ruleId, bundled.customRuleId],
    });
    return { copies, runs: NO_RUNS, capabilities };
  }
  const windowMs = historyWindowMs(ruleIntervalMs(deployed.rule));
  const calls =
    early && early.id === deployed.rule.id && early.windowMs >= windowMs
      ? early
      : byIdCalls(ctx, deployed.rule.id, windowMs, now);
  const [runs, capabilities] = await Promise.all([calls.runs, calls.capabilities]);
  return { copies, runs, capabilities };
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
  const { copies, runs, capabilities } = await runsAndCapabilities(
    ctx,
    bundled,
    findRuleCopies(ctx.detectionEngine, bundled),
    now,
  );
  const deployed = deployedCopy(copies);

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
