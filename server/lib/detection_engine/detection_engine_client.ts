// What services may ask of Kibana's Detection Engine, independent of how the request reaches Kibana.
// All calls act as the caller and in the client's space.
import type { estypes } from '@elastic/elasticsearch';
import type { BulkActionResult, BulkActionType } from './bulk_action';
import type { ExecutionResults, ExecutionResultsQuery } from './execution_results';
import type { KibanaRule, RuleRef } from './kibana_rule';
import type { PrebuiltInstallResult, PrebuiltOffer, PrebuiltStatus } from './prebuilt';
import type { SignalsSearchBody, SignalsSearchResponse } from './signals_search';

/** A create body: the payload builder's output plus an explicit `enabled`. */
export interface RuleCreateBody {
  rule_id: string;
  enabled: boolean;
  readonly [field: string]: unknown;
}

/** Which rules a bulk action applies to: saved-object ids (≤ 100) or a `_find`-style KQL filter. */
export type BulkSelection = { ids: readonly string[] } | { query: string };

export interface DetectionEngineClient {
  /** The Kibana space every call addresses. */
  readonly spaceId: string;

  /** Rules whose signature id is one of these (one `_find`); unknown ids are simply absent. */
  findRulesByRuleId(ruleIds: readonly string[]): Promise<KibanaRule[]>;

  /** One rule by saved-object id or signature id; null when Kibana answers 404. */
  readRule(ref: RuleRef): Promise<KibanaRule | null>;

  /** Creates a rule; a taken rule_id throws KibanaApiError 409. */
  createRule(body: RuleCreateBody): Promise<KibanaRule>;

  /** Changes only the given fields (never PUT: it resets omitted fields). */
  patchRule(ref: RuleRef, fields: Readonly<Record<string, unknown>>): Promise<KibanaRule>;

  /** Enables or disables rules; a partial failure is returned in `errors`, not thrown. */
  bulkAction(
    action: BulkActionType,
    selection: BulkSelection,
    options?: { dryRun?: boolean },
  ): Promise<BulkActionResult>;

  prebuiltStatus(): Promise<PrebuiltStatus>;

  /** The installed package's offer of this rule, if it has one (filtered by Kibana when it can, else here). */
  reviewPrebuiltInstallation(ruleId: string): Promise<PrebuiltOffer | null>;

  /** Installs exactly these prebuilt rules (they arrive disabled). */
  performPrebuiltInstallation(
    rules: ReadonlyArray<{ ruleId: string; version: number }>,
  ): Promise<PrebuiltInstallResult>;

  /** Recent runs of a rule (by saved-object id), newest first; `available: false` when Kibana has no such API. */
  getExecutionResults(id: string, query: ExecutionResultsQuery): Promise<ExecutionResults>;

  /** A search over the space's alerts index, with the caller's privileges. */
  searchSignals<TDocument = unknown, TAggregations = Record<string, estypes.AggregationsAggregate>>(
    body: SignalsSearchBody,
  ): Promise<SignalsSearchResponse<TDocument, TAggregations>>;
}
