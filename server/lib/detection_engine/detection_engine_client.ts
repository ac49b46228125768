// What services may ask of Kibana's Detection Engine, independent of how the request reaches Kibana, and the
// shapes of its answers (the parts of Kibana's responses the services read). All calls act as the caller and
// in the client's space. The HTTP implementation is http_detection_engine_client.ts; tests use the emulator.
import type { estypes } from '@elastic/elasticsearch';
import type { ExecutionRecord } from '../../../common/api';

// --- Rules ---

/** `execution_summary.last_execution` as Kibana returns it (absent before the first run). */
export interface KibanaLastExecution {
  date: string;
  status: string;
  status_order?: number;
  message: string;
  metrics?: {
    total_search_duration_ms?: number;
    total_indexing_duration_ms?: number;
    total_enrichment_duration_ms?: number;
    execution_gap_duration_s?: number;
    gap_range?: { gte: string; lte: string };
    frozen_indices_queried_count?: number;
  };
}

export type KibanaRuleSource =
  | { type: 'internal' }
  | {
      type: 'external';
      is_customized: boolean;
      has_base_version?: boolean;
      customized_fields?: Array<{ field_name: string }>;
    };

export interface KibanaRule {
  /** Saved-object id (execution history, bulk actions, alerts' `kibana.alert.rule.uuid`). */
  id: string;
  /** Signature id (stable across spaces and reinstalls). */
  rule_id: string;
  name: string;
  version: number;
  enabled: boolean;
  revision?: number;
  interval?: string;
  from?: string;
  immutable?: boolean;
  rule_source?: KibanaRuleSource;
  tags?: string[];
  updated_at?: string;
  updated_by?: string;
  note?: string;
  references?: string[];
  investigation_fields?: { field_names: string[] };
  new_terms_fields?: string[];
  execution_summary?: { last_execution: KibanaLastExecution };
  /** Every other field of the rule, as Kibana sent it. */
  readonly [field: string]: unknown;
}

/** Either id addresses one rule: the saved-object id or the signature id. */
export type RuleRef = { id: string } | { ruleId: string };

/** A KQL string literal (rule ids are UUIDs, but quoting is cheap insurance). */
export function kqlString(value: string): string {
  return `"${value.replace(/([\\"])/g, '\\$1')}"`;
}

/** The `_find` filter for rules with these signature ids. */
export function ruleIdFilter(ruleIds: readonly string[]): string {
  return ruleIds.map((id) => `alert.attributes.params.ruleId:${kqlString(id)}`).join(' OR ');
}

// --- Bulk actions ---

export type BulkActionType = 'enable' | 'disable';

export interface BulkActionError {
  message: string;
  /** Kibana's status for this item (403 when the caller may not change the rule). */
  statusCode: number | null;
  ruleIds: string[];
}

export interface BulkActionResult {
  summary: { total: number; succeeded: number; failed: number; skipped: number };
  updated: KibanaRule[];
  errors: BulkActionError[];
}

// --- Prebuilt rules ---

export interface PrebuiltStatus {
  installed: number;
  toInstall: number;
  toUpgrade: number;
  /** Rules in the installed package; null when this Kibana does not report it. */
  totalInPackage: number | null;
}

/** A prebuilt rule the cluster's package offers for installation. */
export interface PrebuiltOffer {
  ruleId: string;
  version: number;
  name: string;
}

export type PrebuiltSkipReason = 'ALREADY_INSTALLED' | string;

export interface PrebuiltInstallResult {
  installed: KibanaRule[];
  skipped: Array<{ ruleId: string; reason: PrebuiltSkipReason }>;
  /** `_perform` reports unknown rules inside a 200: one entry per failure. */
  errors: Array<{ message: string; ruleIds: string[] }>;
}

// --- Alerts (signals) search ---

export type SignalsSearchBody = Pick<
  estypes.SearchRequest,
  | 'query'
  | 'aggs'
  | 'size'
  | 'sort'
  | '_source'
  | 'fields'
  | 'track_total_hits'
  | 'runtime_mappings'
>;

export type SignalsSearchResponse<
  TDocument = unknown,
  TAggregations = Record<string, estypes.AggregationsAggregate>,
> = estypes.SearchResponse<TDocument, TAggregations>;

// --- Alert triage (workflow status) ---

/** Kibana's `SetAlertsStatusByQuery` body: the status to set on every alert the query selects. */
export interface SignalsStatusBody {
  status: 'open' | 'acknowledged' | 'closed';
  query: estypes.QueryDslQueryContainer;
  /** `proceed`: an alert changed by someone else meanwhile is skipped rather than failing the whole request. */
  conflicts: 'abort' | 'proceed';
}

/** The parts of Kibana's answer (an Elasticsearch update-by-query response) the services read. */
export interface SignalsStatusResult {
  total: number;
  updated: number;
  versionConflicts: number;
}

// --- Execution history ---

/** Which form this Kibana offers: POST with a JSON body (newer), GET with a query (released 8.x/9.x), or none. */
export type ExecutionResultsApi = 'post' | 'get' | 'none';

export interface ExecutionResultsQuery {
  from: Date;
  to: Date;
  /** Newest first; at most this many. */
  perPage: number;
}

export interface ExecutionResults {
  available: boolean;
  api: ExecutionResultsApi;
  total: number;
  items: ExecutionRecord[];
}

// --- Connectors (Kibana's Actions API, beside the Detection Engine) ---

/** A connector as `GET /api/actions/connectors` lists it (never its secrets). */
export interface KibanaConnector {
  id: string;
  name: string;
  connector_type_id: string;
  is_preconfigured: boolean;
  is_deprecated: boolean;
  is_missing_secrets?: boolean;
  is_system_action?: boolean;
}

/** One entry of a rule's `actions`, as Kibana stores and answers it (`uuid` and `frequency` once saved). */
export interface KibanaRuleAction {
  id: string;
  group: string;
  action_type_id: string;
  params: Record<string, unknown>;
  uuid?: string;
  frequency?: { summary: boolean; notifyWhen: string; throttle: string | null };
  readonly [field: string]: unknown;
}

// --- Exceptions ---

/** A reference in a rule's `exceptions_list`. */
export interface ExceptionListRef {
  id: string;
  list_id: string;
  type: string;
  namespace_type: 'single' | 'agnostic';
}

/** An exception list item as Kibana's Exceptions API answers it (the parts the services read). */
export interface KibanaExceptionItem {
  id: string;
  item_id: string;
  list_id: string;
  name: string;
  description: string;
  entries: unknown[];
  namespace_type: 'single' | 'agnostic';
  tags?: string[];
  expire_time?: string;
  created_at?: string;
  created_by?: string;
  readonly [field: string]: unknown;
}

/** A new item of a rule's default exception list (`CreateRuleExceptionListItemProps`). */
export interface RuleExceptionItemCreate {
  type: 'simple';
  name: string;
  description: string;
  entries: unknown[];
  tags: string[];
}

// --- The client ---

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

  /**
   * The saved-object id this process last saw for a rule_id in this client's Kibana space, without asking Kibana:
   * a hint that lets a caller send its id-based calls alongside the `_find` (the rule may have been replaced since).
   */
  knownRuleId(ruleId: string): string | null;

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

  /** Sets the workflow status of the alerts a query selects, with the caller's privileges. */
  setSignalsStatus(body: SignalsStatusBody): Promise<SignalsStatusResult>;
  /** The space's connectors (needs the caller's read of Kibana's Actions and Connectors feature). */
  listConnectors(): Promise<KibanaConnector[]>;
  /** Adds items to the rule's default exception list (Kibana creates the list on first use). */
  createRuleExceptions(
    id: string,
    items: readonly RuleExceptionItemCreate[],
  ): Promise<KibanaExceptionItem[]>;

  /** Every item of one exception list; an absent list is empty. */
  findExceptionItems(
    list: Pick<ExceptionListRef, 'list_id' | 'namespace_type'>,
  ): Promise<KibanaExceptionItem[]>;

  /** Removes one item by its id; false when Kibana has no such item. */
  deleteExceptionItem(
    id: string,
    namespaceType: ExceptionListRef['namespace_type'],
  ): Promise<boolean>;

  /** A search over the space's alerts index, with the caller's privileges. */
  searchSignals<TDocument = unknown, TAggregations = Record<string, estypes.AggregationsAggregate>>(
    body: SignalsSearchBody,
  ): Promise<SignalsSearchResponse<TDocument, TAggregations>>;
}
