// GET status: which copy of the rule is deployed, how its runs go, and a verdict with causes and fixes.
import * as t from 'io-ts';
import { RuleSummary } from './rule_summary';

export const RuleCopy = t.keyof({ prebuilt: null, custom: null });
export type RuleCopy = t.TypeOf<typeof RuleCopy>;

export const DeployedRule = t.type({
  /** Saved-object id: used for links into Kibana Security and for execution history. */
  id: t.string,
  ruleId: t.string,
  copy: RuleCopy,
  version: t.number,
  revision: t.number,
  enabled: t.boolean,
  /** True when the deployed version is older than the bundled one. */
  upgradeAvailable: t.boolean,
  interval: t.string,
  from: t.string,
  updatedAt: t.union([t.string, t.null]),
  updatedBy: t.union([t.string, t.null]),
});
export type DeployedRule = t.TypeOf<typeof DeployedRule>;

export const ExecutionStatus = t.keyof({
  succeeded: null,
  'going to run': null,
  running: null,
  'partial failure': null,
  failed: null,
});
export type ExecutionStatus = t.TypeOf<typeof ExecutionStatus>;

export const LastExecution = t.type({
  date: t.string,
  status: ExecutionStatus,
  message: t.string,
  searchDurationMs: t.union([t.number, t.null]),
  indexingDurationMs: t.union([t.number, t.null]),
  gapDurationS: t.union([t.number, t.null]),
});
export type LastExecution = t.TypeOf<typeof LastExecution>;

export const ExecutionRecord = t.type({
  timestamp: t.string,
  status: t.string,
  message: t.string,
  durationMs: t.union([t.number, t.null]),
  alertsCreated: t.union([t.number, t.null]),
  gapDurationS: t.union([t.number, t.null]),
});
export type ExecutionRecord = t.TypeOf<typeof ExecutionRecord>;

export const Verdict = t.keyof({
  not_deployed: null,
  disabled: null,
  /** Enabled, but it has not run yet: no evidence either way. */
  pending: null,
  healthy: null,
  warning: null,
  failing: null,
  stale: null,
});
export type Verdict = t.TypeOf<typeof Verdict>;

export const Cause = t.type({
  /** Stable code for a known condition, e.g. `missing_timestamp_override`. */
  code: t.string,
  severity: t.keyof({ info: null, warning: null, danger: null }),
  /** What is wrong, in plain language. */
  title: t.string,
  detail: t.string,
  /** What to do about it. */
  fix: t.string,
});
export type Cause = t.TypeOf<typeof Cause>;

export const Capabilities = t.type({
  /** Whether the caller may deploy, upgrade, enable or disable the rule. */
  canWrite: t.boolean,
  /** Why not, when canWrite is false. */
  reason: t.union([t.string, t.null]),
});
export type Capabilities = t.TypeOf<typeof Capabilities>;

export const StatusResponse = t.type({
  checkedAt: t.string,
  rule: RuleSummary,
  deployed: t.union([DeployedRule, t.null]),
  lastExecution: t.union([LastExecution, t.null]),
  /** Recent runs, newest first; `available: false` when the cluster's API does not offer them. */
  history: t.type({ available: t.boolean, items: t.array(ExecutionRecord) }),
  stale: t.boolean,
  verdict: Verdict,
  causes: t.array(Cause),
  capabilities: Capabilities,
});
export type StatusResponse = t.TypeOf<typeof StatusResponse>;
