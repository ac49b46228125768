// An in-memory DetectionEngineClient for unit tests of the services: Kibana's semantics that the services
// rely on (409 on a taken rule_id, revisions only for real changes, prebuilt installs arriving disabled, 403 for
// a reader), and a log of every call. The contract suite (test/integration/detection_engine_contract.test.ts)
// runs the same scenarios here and on the emulator, which models Kibana: where they differ, fix the fake.
import { isDeepStrictEqual } from 'node:util';
import type {
  BulkActionError,
  BulkActionResult,
  BulkActionType,
  BulkSelection,
  DetectionEngineClient,
  ExecutionResults,
  ExecutionResultsQuery,
  KibanaConnector,
  ExceptionListRef,
  KibanaExceptionItem,
  KibanaRule,
  RuleExceptionItemCreate,
  PrebuiltInstallResult,
  PrebuiltOffer,
  PrebuiltStatus,
  RuleCreateBody,
  RuleRef,
  SignalsSearchResponse,
  SignalsStatusBody,
  SignalsStatusResult,
} from '../../../server/lib/detection_engine/detection_engine_client';
import { KibanaApiError } from '../../../server/lib/detection_engine/kibana_api_error';

export interface FakeDetectionEngineOptions {
  spaceId?: string;
  /** Rules the prebuilt package offers: their full bodies (as the package holds them). */
  prebuiltPackage?: ReadonlyArray<Record<string, unknown> & { rule_id: string; version: number }>;
  /** False makes every write answer 403, as for a user with rules-read only. */
  canWrite?: boolean;
  executionResults?: ExecutionResults;
  now?: () => Date;
  /** The space's connectors. */
  connectors?: KibanaConnector[];
  /** False answers 403 to listing connectors, as for a user without Actions and Connectors read. */
  canListConnectors?: boolean;
}

/** Fields whose change does not make a prebuilt rule customized (Kibana's list). */
const NOT_CUSTOMIZATION = new Set([
  'exceptions_list',
  'actions',
  'throttle',
  'meta',
  'version',
  'enabled',
]);

function forbidden(operation: string): KibanaApiError {
  return new KibanaApiError(403, `Kibana (${operation}): Unauthorized to ${operation}`, 403);
}

export class FakeDetectionEngine implements DetectionEngineClient {
  readonly spaceId: string;
  readonly rules = new Map<string, KibanaRule>();
  readonly calls: string[] = [];
  canWrite: boolean;
  canListConnectors: boolean;
  connectors: KibanaConnector[];
  executionResults: ExecutionResults;
  private readonly prebuiltPackage: NonNullable<FakeDetectionEngineOptions['prebuiltPackage']>;
  private readonly now: () => Date;
  private nextId = 1;

  constructor(options: FakeDetectionEngineOptions = {}) {
    this.spaceId = options.spaceId ?? 'default';
    this.prebuiltPackage = options.prebuiltPackage ?? [];
    this.canWrite = options.canWrite ?? true;
    this.canListConnectors = options.canListConnectors ?? true;
    this.connectors = options.connectors ?? [];
    this.executionResults = options.executionResults ?? {
      available: true,
      api: 'post',
      total: 0,
      items: [],
    };
    this.now = options.now ?? (() => new Date());
  }

  /** Puts a rule in place as if it had been created earlier (no call recorded). */
  seed(fields: Record<string, unknown> & { rule_id: string; version: number }): KibanaRule {
    const rule = this.store({ enabled: false, name: fields.rule_id, ...fields }, 'internal');
    return rule;
  }

  private store(fields: Record<string, unknown>, source: 'internal' | 'external'): KibanaRule {
    const id = `so-${this.nextId++}`;
    const rule = {
      interval: '5m',
      from: 'now-6m',
      revision: 0,
      updated_at: this.now().toISOString(),
      updated_by: 'elastic',
      exceptions_list: [],
      actions: [],
      immutable: source === 'external',
      rule_source:
        source === 'external'
          ? {
              type: 'external',
              is_customized: false,
              has_base_version: true,
              customized_fields: [],
            }
          : { type: 'internal' },
      ...fields,
      id,
    } as unknown as KibanaRule;
    this.rules.set(id, rule);
    return rule;
  }

  private byRef(ref: RuleRef): KibanaRule | undefined {
    if ('id' in ref) return this.rules.get(ref.id);
    return [...this.rules.values()].find((rule) => rule.rule_id === ref.ruleId);
  }

  async findRulesByRuleId(ruleIds: readonly string[]): Promise<KibanaRule[]> {
    this.calls.push('find');
    return [...this.rules.values()].filter((rule) => ruleIds.includes(rule.rule_id));
  }

  async readRule(ref: RuleRef): Promise<KibanaRule | null> {
    this.calls.push('read');
    return this.byRef(ref) ?? null;
  }

  async createRule(body: RuleCreateBody): Promise<KibanaRule> {
    this.calls.push('create');
    if (!this.canWrite) throw forbidden('create');
    if (this.byRef({ ruleId: body.rule_id })) {
      throw new KibanaApiError(
        409,
        `Kibana (create rule): rule_id: "${body.rule_id}" already exists`,
        409,
      );
    }
    return this.store({ ...body }, 'internal');
  }

  async patchRule(ref: RuleRef, fields: Readonly<Record<string, unknown>>): Promise<KibanaRule> {
    this.calls.push('patch');
    if (!this.canWrite) throw forbidden('update');
    const rule = this.byRef(ref);
    if (!rule) throw new KibanaApiError(404, 'Kibana (update rule): not found', 404);
    if (Array.isArray(fields.actions))
      fields = { ...fields, actions: this.storedActions(fields.actions) };
    const changed = Object.keys(fields).filter(
      (key) =>
        key !== 'id' &&
        key !== 'rule_id' &&
        fields[key] !== undefined &&
        !isDeepStrictEqual(rule[key], fields[key]),
    );
    // As Kibana: only a real change of a parameter counts as a revision; `enabled` never does.
    const revised = changed.some((key) => key !== 'enabled');
    const customized = changed.filter((key) => !NOT_CUSTOMIZATION.has(key));
    const next = {
      ...rule,
      ...fields,
      id: rule.id,
      rule_id: rule.rule_id,
      revision: (rule.revision ?? 0) + (revised ? 1 : 0),
      rule_source:
        rule.rule_source?.type === 'external' && customized.length > 0
          ? {
              ...rule.rule_source,
              is_customized: true,
              customized_fields: [
                ...new Set([
                  ...(rule.rule_source.customized_fields ?? []).map((field) => field.field_name),
                  ...customized,
                ]),
              ].map((field_name) => ({ field_name })),
            }
          : rule.rule_source,
      updated_at: this.now().toISOString(),
    } as KibanaRule;
    this.rules.set(rule.id, next);
    return next;
  }

  async bulkAction(
    action: BulkActionType,
    selection: BulkSelection,
    options: { dryRun?: boolean } = {},
  ): Promise<BulkActionResult> {
    this.calls.push(options.dryRun ? `${action}:dry` : action);
    if (!this.canWrite) throw forbidden(`${action} rules`);
    const ids = 'ids' in selection ? selection.ids : [];
    const updated: KibanaRule[] = [];
    const errors: BulkActionError[] = [];
    for (const id of ids) {
      const rule = this.rules.get(id);
      // Kibana reports an unknown id inside its partial-failure answer, with status 500.
      if (!rule) {
        errors.push({ message: 'Rule not found', statusCode: 500, ruleIds: [id] });
        continue;
      }
      const next = { ...rule, enabled: action === 'enable' } as KibanaRule;
      if (!options.dryRun) this.rules.set(id, next);
      updated.push(next);
    }
    return {
      summary: {
        total: updated.length + errors.length,
        succeeded: updated.length,
        failed: errors.length,
        skipped: 0,
      },
      updated,
      errors,
    };
  }

  async prebuiltStatus(): Promise<PrebuiltStatus> {
    this.calls.push('prebuilt_status');
    const installed = this.prebuiltPackage.filter((asset) =>
      this.byRef({ ruleId: asset.rule_id }),
    ).length;
    return {
      installed,
      toInstall: this.prebuiltPackage.length - installed,
      toUpgrade: 0,
      totalInPackage: this.prebuiltPackage.length,
    };
  }

  async reviewPrebuiltInstallation(ruleId: string): Promise<PrebuiltOffer | null> {
    this.calls.push('review');
    const asset = this.prebuiltPackage.find((candidate) => candidate.rule_id === ruleId);
    if (!asset || this.byRef({ ruleId })) return null;
    return { ruleId, version: asset.version, name: String(asset.name ?? ruleId) };
  }

  async performPrebuiltInstallation(
    rules: ReadonlyArray<{ ruleId: string; version: number }>,
  ): Promise<PrebuiltInstallResult> {
    this.calls.push('perform');
    if (!this.canWrite) throw forbidden('install prebuilt rules');
    const result: PrebuiltInstallResult = { installed: [], skipped: [], errors: [] };
    for (const wanted of rules) {
      const asset = this.prebuiltPackage.find(
        (candidate) => candidate.rule_id === wanted.ruleId && candidate.version === wanted.version,
      );
      if (!asset) {
        result.errors.push({ message: 'rule not found in package', ruleIds: [wanted.ruleId] });
      } else if (this.byRef({ ruleId: wanted.ruleId })) {
        result.skipped.push({ ruleId: wanted.ruleId, reason: 'ALREADY_INSTALLED' });
      } else {
        result.installed.push(this.store({ ...asset, enabled: false }, 'external'));
      }
    }
    return result;
  }

  /** Like a warm process: every rule in the store is known. */
  knownRuleId(ruleId: string): string | null {
    return [...this.rules.values()].find((rule) => rule.rule_id === ruleId)?.id ?? null;
  }

  async getExecutionResults(_id: string, _query: ExecutionResultsQuery): Promise<ExecutionResults> {
    this.calls.push('execution_results');
    return this.executionResults;
  }

  async listConnectors(): Promise<KibanaConnector[]> {
    this.calls.push('list_connectors');
    if (!this.canListConnectors) throw forbidden('list connectors');
    return this.connectors;
  }

  /** As Kibana keeps actions: known connectors only, their type, a uuid each, a summary per run by default. */
  private storedActions(actions: ReadonlyArray<Record<string, unknown>>) {
    return actions.map((action, index) => {
      const connector = this.connectors.find((candidate) => candidate.id === action.id);
      if (!connector) {
        throw new KibanaApiError(
          404,
          `Kibana (update rule): Saved object [action/${String(action.id)}] not found`,
          404,
        );
      }
      return {
        ...action,
        action_type_id: connector.connector_type_id,
        uuid: typeof action.uuid === 'string' ? action.uuid : `action-${this.nextId++}-${index}`,
        frequency: action.frequency ?? {
          summary: true,
          notifyWhen: 'onActiveAlert',
          throttle: null,
        },
      };
    });
  }

  /** Exception items by list_id; a rule's default list is created on its first item. */
  readonly exceptionItems = new Map<string, KibanaExceptionItem[]>();

  async createRuleExceptions(
    id: string,
    items: readonly RuleExceptionItemCreate[],
  ): Promise<KibanaExceptionItem[]> {
    this.calls.push('create_rule_exceptions');
    if (!this.canWrite) throw forbidden('create exception items');
    const rule = this.rules.get(id);
    if (!rule) throw new KibanaApiError(404, `Kibana: rule id: "${id}" not found`, 404);
    const lists = (rule.exceptions_list as ExceptionListRef[] | undefined) ?? [];
    let list = lists.find((ref) => ref.type === 'rule_default');
    if (!list) {
      list = {
        id: `list-${this.nextId}`,
        list_id: `list-${this.nextId++}`,
        type: 'rule_default',
        namespace_type: 'single',
      };
      this.rules.set(id, { ...rule, exceptions_list: [...lists, list] });
    }
    const created = items.map((item) => ({
      ...item,
      id: `item-${this.nextId}`,
      item_id: `item-${this.nextId++}`,
      list_id: list.list_id,
      namespace_type: 'single' as const,
      created_at: this.now().toISOString(),
      created_by: 'elastic',
    }));
    this.exceptionItems.set(list.list_id, [
      ...(this.exceptionItems.get(list.list_id) ?? []),
      ...created,
    ]);
    return created;
  }

  async findExceptionItems(
    list: Pick<ExceptionListRef, 'list_id' | 'namespace_type'>,
  ): Promise<KibanaExceptionItem[]> {
    this.calls.push('find_exception_items');
    return [...(this.exceptionItems.get(list.list_id) ?? [])];
  }

  async deleteExceptionItem(id: string): Promise<boolean> {
    this.calls.push('delete_exception_item');
    if (!this.canWrite) throw forbidden('delete exception items');
    for (const [listId, items] of this.exceptionItems) {
      if (items.some((item) => item.id === id)) {
        this.exceptionItems.set(
          listId,
          items.filter((item) => item.id !== id),
        );
        return true;
      }
    }
    return false;
  }

  async searchSignals<TDocument, TAggregations>(): Promise<
    SignalsSearchResponse<TDocument, TAggregations>
  > {
    this.calls.push('search_signals');
    return {
      took: 0,
      timed_out: false,
      _shards: { total: 1, successful: 1, failed: 0, skipped: 0 },
      hits: { total: { value: 0, relation: 'eq' }, hits: [] },
    };
  }

  /** Status changes asked for, in order; the fake holds no alerts, so nothing is updated. */
  readonly statusChanges: SignalsStatusBody[] = [];
  canTriage = true;

  async setSignalsStatus(body: SignalsStatusBody): Promise<SignalsStatusResult> {
    this.calls.push('set_signals_status');
    if (!this.canTriage) throw forbidden('set alert status');
    this.statusChanges.push(body);
    return { total: 0, updated: 0, versionConflicts: 0 };
  }
}
