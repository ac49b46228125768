// The DetectionEngineClient over Kibana's HTTP API (public routes plus the internal prebuilt and history ones).
import type { estypes } from '@elastic/elasticsearch';
import {
  kqlString,
  ruleIdFilter,
  type BulkActionResult,
  type BulkActionType,
  type BulkSelection,
  type DetectionEngineClient,
  type ExecutionResults,
  type ExecutionResultsApi,
  type ExecutionResultsQuery,
  type KibanaConnector,
  type ExceptionListRef,
  type KibanaExceptionItem,
  type KibanaRule,
  type RuleExceptionItemCreate,
  type PrebuiltInstallResult,
  type PrebuiltOffer,
  type PrebuiltStatus,
  type RuleCreateBody,
  type RuleRef,
  type SignalsSearchBody,
  type SignalsSearchResponse,
  type SignalsStatusBody,
  type SignalsStatusResult,
} from './detection_engine_client';
import {
  fromLegacyResults,
  fromUnifiedResults,
  isBulkActionBody,
  isKibanaRule,
  parseBulkActionBody,
  refToParams,
} from './kibana_answers';
import { KibanaApiError, isRouteNotFound } from './kibana_api_error';
import type { KibanaTransport } from './kibana_transport';

/** Which execution-results API each Kibana offers, so the probe happens once per Kibana, not per call. */
export class ExecutionApiCache {
  private readonly known = new Map<string, ExecutionResultsApi>();

  get(kibana: string): ExecutionResultsApi | undefined {
    return this.known.get(kibana);
  }

  set(kibana: string, api: ExecutionResultsApi): void {
    this.known.set(kibana, api);
  }
}

/** One memory per process: Kibana hosts build a client per request, and the answer outlives the request. */
export const processExecutionApiCache = new ExecutionApiCache();

/** rule_id → saved-object id per Kibana space (base URL), as last seen in any answer of this process. */
const seenRuleIds = new Map<string, string>();

const RULES = '/api/detection_engine/rules';
const EXCEPTION_ITEMS = '/api/exception_lists/items';
/** Exception items read per page: a rule's list holds a handful; a few pages at most. */
const EXCEPTION_PAGE_SIZE = 100;
const PREBUILT = '/internal/detection_engine/prebuilt_rules';
/** `_find` page size: the services ask for one or two rule_ids, so one page always holds the answer. */
const FIND_PAGE_SIZE = 100;

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function isExceptionItem(value: unknown): value is KibanaExceptionItem {
  const item = asRecord(value);
  return (
    typeof item.id === 'string' && typeof item.list_id === 'string' && Array.isArray(item.entries)
  );
}

function expectRule(value: unknown, operation: string): KibanaRule {
  if (!isKibanaRule(value)) {
    throw new KibanaApiError(502, `Kibana answered ${operation} without a rule`, 200);
  }
  return value;
}

export interface HttpDetectionEngineClientOptions {
  transport: KibanaTransport;
  spaceId: string;
  /** Where the execution-results probe's answer is remembered (default: for the whole process). */
  executionApiCache?: ExecutionApiCache;
}

export class HttpDetectionEngineClient implements DetectionEngineClient {
  readonly spaceId: string;
  private readonly transport: KibanaTransport;
  private readonly executionApiCache: ExecutionApiCache;
  /** Whether `_review` accepted a filter body; older Kibana may refuse one. */
  private reviewAcceptsFilter = true;

  constructor(options: HttpDetectionEngineClientOptions) {
    this.transport = options.transport;
    this.spaceId = options.spaceId;
    this.executionApiCache = options.executionApiCache ?? processExecutionApiCache;
  }

  async findRulesByRuleId(ruleIds: readonly string[]): Promise<KibanaRule[]> {
    if (ruleIds.length === 0) return [];
    const body = await this.transport.call({
      method: 'GET',
      path: `${RULES}/_find`,
      query: { filter: ruleIdFilter(ruleIds), per_page: FIND_PAGE_SIZE, page: 1 },
      operation: 'find rules',
    });
    const data = asRecord(body).data;
    if (!Array.isArray(data))
      throw new KibanaApiError(502, 'Kibana answered find rules without data', 200);
    // The filter is KQL over saved objects: keep exact matches only.
    return this.seen(data.filter(isKibanaRule).filter((rule) => ruleIds.includes(rule.rule_id)));
  }

  knownRuleId(ruleId: string): string | null {
    return seenRuleIds.get(`${this.transport.baseUrl}\n${ruleId}`) ?? null;
  }

  private seen<T extends KibanaRule | KibanaRule[]>(rules: T): T {
    for (const rule of Array.isArray(rules) ? rules : [rules]) {
      seenRuleIds.set(`${this.transport.baseUrl}\n${rule.rule_id}`, rule.id);
    }
    return rules;
  }

  async readRule(ref: RuleRef): Promise<KibanaRule | null> {
    try {
      const body = await this.transport.call({
        method: 'GET',
        path: RULES,
        query: refToParams(ref),
        operation: 'read rule',
      });
      return this.seen(expectRule(body, 'read rule'));
    } catch (error) {
      if (error instanceof KibanaApiError && error.statusCode === 404) return null;
      throw error;
    }
  }

  async createRule(body: RuleCreateBody): Promise<KibanaRule> {
    const answer = await this.transport.call({
      method: 'POST',
      path: RULES,
      body,
      operation: 'create rule',
    });
    return this.seen(expectRule(answer, 'create rule'));
  }

  async patchRule(ref: RuleRef, fields: Readonly<Record<string, unknown>>): Promise<KibanaRule> {
    const answer = await this.transport.call({
      method: 'PATCH',
      path: RULES,
      body: { ...fields, ...refToParams(ref) },
      operation: 'update rule',
    });
    return expectRule(answer, 'update rule');
  }

  async bulkAction(
    action: BulkActionType,
    selection: BulkSelection,
    options: { dryRun?: boolean } = {},
  ): Promise<BulkActionResult> {
    const operation = `${options.dryRun ? 'check ' : ''}${action} rule`;
    try {
      const body = await this.transport.call({
        method: 'POST',
        path: `${RULES}/_bulk_action`,
        query: options.dryRun ? { dry_run: true } : undefined,
        body:
          'ids' in selection
            ? { action, ids: [...selection.ids] }
            : { action, query: selection.query },
        operation,
        idempotent: options.dryRun === true,
      });
      return parseBulkActionBody(body);
    } catch (error) {
      // A partial failure is an HTTP 500 whose body still says what happened to each rule.
      if (
        error instanceof KibanaApiError &&
        error.upstreamStatus === 500 &&
        isBulkActionBody(error.upstreamBody)
      ) {
        return parseBulkActionBody(error.upstreamBody);
      }
      throw error;
    }
  }

  async prebuiltStatus(): Promise<PrebuiltStatus> {
    const body = await this.transport.call({
      method: 'GET',
      path: `${PREBUILT}/status`,
      operation: 'read prebuilt rules status',
    });
    const stats = asRecord(asRecord(body).stats);
    const num = (key: string): number | null =>
      typeof stats[key] === 'number' ? (stats[key] as number) : null;
    return {
      installed: num('num_prebuilt_rules_installed') ?? 0,
      toInstall: num('num_prebuilt_rules_to_install') ?? 0,
      toUpgrade: num('num_prebuilt_rules_to_upgrade') ?? 0,
      totalInPackage: num('num_prebuilt_rules_total_in_package'),
    };
  }

  async reviewPrebuiltInstallation(ruleId: string): Promise<PrebuiltOffer | null> {
    let body: unknown;
    if (this.reviewAcceptsFilter) {
      try {
        body = await this.callReview({
          filter: `security-rule.rule_id: ${kqlString(ruleId)}`,
          page: 1,
          per_page: 20,
        });
      } catch (error) {
        // Kibana before the filterable review validates an empty body only.
        if (!(error instanceof KibanaApiError && error.upstreamStatus === 400)) throw error;
        this.reviewAcceptsFilter = false;
      }
    }
    if (body === undefined) body = await this.callReview(undefined);
    const rules = asRecord(body).rules;
    if (!Array.isArray(rules)) {
      throw new KibanaApiError(502, 'Kibana answered the prebuilt rules review without rules', 200);
    }
    const offer = rules.map(asRecord).find((rule) => rule.rule_id === ruleId);
    if (!offer || typeof offer.version !== 'number') return null;
    return {
      ruleId,
      version: offer.version,
      name: typeof offer.name === 'string' ? offer.name : ruleId,
    };
  }

  private callReview(body: unknown): Promise<unknown> {
    return this.transport.call({
      method: 'POST',
      path: `${PREBUILT}/installation/_review`,
      body,
      operation: 'review installable prebuilt rules',
      idempotent: true,
    });
  }

  async performPrebuiltInstallation(
    rules: ReadonlyArray<{ ruleId: string; version: number }>,
  ): Promise<PrebuiltInstallResult> {
    const body = asRecord(
      await this.transport.call({
        method: 'POST',
        path: `${PREBUILT}/installation/_perform`,
        body: {
          mode: 'SPECIFIC_RULES',
          rules: rules.map((rule) => ({ rule_id: rule.ruleId, version: rule.version })),
        },
        operation: 'install prebuilt rule',
      }),
    );
    const results = asRecord(body.results);
    // Kibana calls the installed rules `created`.
    const installed = Array.isArray(results.created) ? results.created.filter(isKibanaRule) : [];
    const skipped = (Array.isArray(results.skipped) ? results.skipped : []).map((raw) => {
      const entry = asRecord(raw);
      return { ruleId: String(entry.rule_id ?? ''), reason: String(entry.reason ?? '') };
    });
    const errors = (Array.isArray(body.errors) ? body.errors : []).map((raw) => {
      const entry = asRecord(raw);
      const failed = Array.isArray(entry.rules) ? entry.rules.map(asRecord) : [];
      return {
        message: typeof entry.message === 'string' ? entry.message : 'unknown error',
        ruleIds: failed.map((rule) => String(rule.rule_id ?? '')),
      };
    });
    return { installed, skipped, errors };
  }

  async getExecutionResults(id: string, query: ExecutionResultsQuery): Promise<ExecutionResults> {
    const memoryKey = this.transport.baseUrl;
    const known = this.executionApiCache.get(memoryKey);
    if (known === 'none') return { available: false, api: 'none', total: 0, items: [] };
    const order: ExecutionResultsApi[] =
      known === 'get' ? ['get'] : known === 'post' ? ['post'] : ['post', 'get'];
    for (const api of order) {
      try {
        const page =
          api === 'post'
            ? await this.postExecutionResults(id, query)
            : await this.getLegacyExecutionResults(id, query);
        this.executionApiCache.set(memoryKey, api);
        return { available: true, api, ...page };
      } catch (error) {
        // Only a missing route moves on to the other form; a real error (403, 500…) is the caller's answer.
        if (!isRouteNotFound(error) || known !== undefined) throw error;
      }
    }
    this.executionApiCache.set(memoryKey, 'none');
    return { available: false, api: 'none', total: 0, items: [] };
  }

  private async postExecutionResults(id: string, query: ExecutionResultsQuery) {
    const body = await this.transport.call({
      method: 'POST',
      path: `/internal/detection_engine/rules/${encodeURIComponent(id)}/execution/results`,
      body: {
        filter: { from: query.from.toISOString(), to: query.to.toISOString() },
        sort: { field: 'execution_start', order: 'desc' },
        page: 1,
        per_page: query.perPage,
      },
      operation: 'read execution results',
      idempotent: true,
    });
    return fromUnifiedResults(body);
  }

  private async getLegacyExecutionResults(id: string, query: ExecutionResultsQuery) {
    const body = await this.transport.call({
      method: 'GET',
      path: `/internal/detection_engine/rules/${encodeURIComponent(id)}/execution/results`,
      query: {
        start: query.from.toISOString(),
        end: query.to.toISOString(),
        sort_field: 'timestamp',
        sort_order: 'desc',
        page: 1,
        per_page: query.perPage,
      },
      operation: 'read execution results',
    });
    return fromLegacyResults(body);
  }

  async listConnectors(): Promise<KibanaConnector[]> {
    const body = await this.transport.call({
      method: 'GET',
      path: '/api/actions/connectors',
      operation: 'list connectors',
    });
    if (!Array.isArray(body)) {
      throw new KibanaApiError(502, 'Kibana answered list connectors without a list', 200);
    }
    return body.filter(
      (item): item is KibanaConnector =>
        typeof asRecord(item).id === 'string' &&
        typeof asRecord(item).name === 'string' &&
        typeof asRecord(item).connector_type_id === 'string',
    );
  }

  async createRuleExceptions(
    id: string,
    items: readonly RuleExceptionItemCreate[],
  ): Promise<KibanaExceptionItem[]> {
    const body = await this.transport.call({
      method: 'POST',
      path: `${RULES}/${encodeURIComponent(id)}/exceptions`,
      body: { items: items.map((item) => ({ ...item, namespace_type: 'single' })) },
      operation: 'add rule exceptions',
    });
    if (!Array.isArray(body))
      throw new KibanaApiError(502, 'Kibana answered add rule exceptions without items', 200);
    return body.filter(isExceptionItem);
  }

  async findExceptionItems(
    list: Pick<ExceptionListRef, 'list_id' | 'namespace_type'>,
  ): Promise<KibanaExceptionItem[]> {
    const items: KibanaExceptionItem[] = [];
    for (let page = 1; ; page += 1) {
      let body: unknown;
      try {
        body = await this.transport.call({
          method: 'GET',
          path: `${EXCEPTION_ITEMS}/_find`,
          query: {
            list_id: list.list_id,
            namespace_type: list.namespace_type,
            page,
            per_page: EXCEPTION_PAGE_SIZE,
          },
          operation: 'find exception items',
        });
      } catch (error) {
        if (error instanceof KibanaApiError && error.statusCode === 404) return items;
        throw error;
      }
      const answer = asRecord(body);
      const data = Array.isArray(answer.data) ? answer.data.filter(isExceptionItem) : [];
      items.push(...data);
      const total = typeof answer.total === 'number' ? answer.total : items.length;
      if (data.length === 0 || items.length >= total) return items;
    }
  }

  async deleteExceptionItem(
    id: string,
    namespaceType: ExceptionListRef['namespace_type'],
  ): Promise<boolean> {
    try {
      await this.transport.call({
        method: 'DELETE',
        path: EXCEPTION_ITEMS,
        query: { id, namespace_type: namespaceType },
        operation: 'remove exception item',
      });
      return true;
    } catch (error) {
      if (error instanceof KibanaApiError && error.statusCode === 404) return false;
      throw error;
    }
  }

  async searchSignals<
    TDocument = unknown,
    TAggregations = Record<string, estypes.AggregationsAggregate>,
  >(body: SignalsSearchBody): Promise<SignalsSearchResponse<TDocument, TAggregations>> {
    return this.transport.call<SignalsSearchResponse<TDocument, TAggregations>>({
      method: 'POST',
      path: '/api/detection_engine/signals/search',
      body,
      operation: 'search alerts',
      idempotent: true,
    });
  }

  async setSignalsStatus(body: SignalsStatusBody): Promise<SignalsStatusResult> {
    const answer = asRecord(
      await this.transport.call({
        method: 'POST',
        path: '/api/detection_engine/signals/status',
        body,
        operation: 'set alert status',
      }),
    );
    const count = (key: string): number => (typeof answer[key] === 'number' ? answer[key] : 0);
    return {
      total: count('total'),
      updated: count('updated'),
      versionConflicts: count('version_conflicts'),
    };
  }
}
