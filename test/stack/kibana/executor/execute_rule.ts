// One run of an enabled new_terms rule, as Kibana's security rule wrapper does it: index checks, range
// tuples and gap, the new-terms search per tuple, alerts capped at max_signals, then execution_summary and
// an execution record.
import { randomUUID } from 'node:crypto';
import type { Client } from '@elastic/elasticsearch';
import { withExceptions } from '../../../../server/lib/exceptions/exception_filter';
import type { AlertsIndex } from '../alerts/alerts_index';
import type { ExceptionStore } from '../exceptions/exception_store';
import type { EmulatorUser } from '../../auth/users';
import { parseDateMath } from '../rules/date_math';
import type { RuleStore } from '../rules/rule_store';
import type { StoredRule } from '../rules/stored_rule';
import { buildAlert } from './alert_document';
import type { ExecutionHistory, ExecutionRecord } from './execution_record';
import { STATUS_ORDER } from './execution_status';
import type { ExecutionMetrics } from './execution_summary';
import { gapMessage } from './gap_message';
import { checkIndices } from './index_checks';
import { searchNewTerms } from './new_terms_search';
import { ruleRangeTuples } from './range_tuples';
import { MAX_SIGNALS_WARNING, settleStatus, type StatusChange } from './rule_outcome';
import type { RuleQueryBuilder } from './rule_query';
import { writeAlerts } from './write_alerts';

export interface ExecutorContext {
  /** Kibana's internal user: the alerts index and its writes. */
  esClient: Client;
  /** The client acting as a user's API key through the authorising layer; null: an unsecured cluster. */
  keyClient: ((user: EmulatorUser) => Client) | null;
  alerts: AlertsIndex;
  store: RuleStore;
  history: ExecutionHistory;
  exceptions: ExceptionStore;
  users: ReadonlyMap<string, EmulatorUser>;
  buildRuleQuery: RuleQueryBuilder;
  now(): Date;
}

/** Kibana's `securitySolution:defaultIndex`, searched by rules without index patterns. */
export const DEFAULT_INDEX_PATTERNS = [
  'apm-*-transaction*',
  'auditbeat-*',
  'endgame-*',
  'filebeat-*',
  'logs-*',
  'packetbeat-*',
  'traces-apm*',
  'winlogbeat-*',
  '-*elastic-cloud-logs-*',
];

interface RunTally {
  metrics: ExecutionMetrics;
  newAlerts: number;
  candidates: number;
  matchedIndices: number;
}

async function run(
  rule: StoredRule,
  context: ExecutorContext,
  startedAt: Date,
  tally: RunTally,
  executionUuid: string,
) {
  const params = rule.params;
  const changes: StatusChange[] = [];
  if (params.type !== 'new_terms') {
    throw new Error(`rule type "${params.type}" is not executed by the emulator`);
  }
  const user = context.users.get(rule.apiKeyOwner);
  if (!user) throw new Error(`API key owner "${rule.apiKeyOwner}" no longer exists`);
  const patterns = (params.index as string[] | undefined) ?? DEFAULT_INDEX_PATTERNS;
  const primary = (params.timestamp_override as string | undefined) ?? '@timestamp';
  const secondary =
    primary !== '@timestamp' && params.timestamp_override_fallback_disabled !== true
      ? '@timestamp'
      : undefined;

  // Searches run as the rule's key, so Elasticsearch decides what it may read; alerts are written internally.
  const searchClient = context.keyClient?.(user) ?? context.esClient;
  const check = await checkIndices({
    esClient: searchClient,
    secured: context.keyClient !== null,
    patterns,
    primaryTimestamp: primary,
    secondaryTimestamp: secondary,
  });
  tally.matchedIndices = check.matchedIndices;
  if (check.warning) changes.push({ status: 'partial failure', message: check.warning });

  const { tuples, remainingGapMs } = ruleRangeTuples({
    startedAt,
    previousStartedAt: rule.previousStartedAt,
    from: params.from,
    to: params.to,
    interval: params.interval,
  });
  if (remainingGapMs > 0) {
    changes.push({ status: 'failed', message: gapMessage(remainingGapMs) });
    tally.metrics.execution_gap_duration_s = Math.round(remainingGapMs / 1000);
    const firstFrom = tuples[0].from.getTime();
    tally.metrics.gap_range = {
      gte: new Date(firstFrom - remainingGapMs).toISOString(),
      lte: new Date(firstFrom).toISOString(),
    };
  }
  if (check.skipExecution || check.readablePatterns.length === 0) return changes;

  const queryFilter = await context.buildRuleQuery({
    esClient: searchClient,
    indices: check.readablePatterns,
    query: String(params.query ?? ''),
    language: String(params.language ?? 'kuery'),
    filters: (params.filters as unknown[] | undefined) ?? [],
  });
  // Exceptions are part of the query, so they remove events from the window and the history alike.
  const ruleQuery = withExceptions(
    queryFilter as never,
    context.exceptions.itemsOfRule(rule).map((item) => ({
      entries: item.entries as never,
      expireTime: item.expire_time,
    })),
    startedAt,
  ) as Record<string, unknown>;
  await context.alerts.ensure(rule.space);
  const warnings: string[] = [];
  for (const tuple of tuples) {
    const historyStart = parseDateMath(String(params.history_window_start), tuple.to);
    if (!historyStart) throw new Error(`Failed to parse 'historyWindowStart'`);
    const found = await searchNewTerms({
      esClient: searchClient,
      indices: check.readablePatterns,
      ruleQuery,
      fields: params.new_terms_fields as string[],
      tuple,
      historyStart,
      primaryTimestamp: primary,
      secondaryTimestamp: secondary,
      // One more than max_signals tells a full run from a truncated one.
      limit: params.max_signals + 1,
    });
    tally.metrics.total_search_duration_ms += found.searchDurationMs;
    tally.candidates += found.candidates;
    const alerts = found.events.slice(0, params.max_signals).map((event) =>
      buildAlert({
        hit: event.hit,
        newTerms: event.terms,
        rule,
        executionUuid,
        now: context.now(),
        originalTime: event.originalTime,
      }),
    );
    const written = await writeAlerts(context.esClient, context.alerts.aliasOf(rule.space), alerts);
    tally.metrics.total_indexing_duration_ms += written.durationMs;
    tally.newAlerts += written.created;
    if (written.errors.length > 0) {
      throw new Error(`Bulk Indexing of signals failed: ${written.errors.join()}`);
    }
    if (found.events.length > params.max_signals) {
      warnings.push(MAX_SIGNALS_WARNING);
      break;
    }
  }
  if (warnings.length > 0) changes.push({ status: 'partial failure', message: warnings.join() });
  return changes;
}

export async function executeRule(
  rule: StoredRule,
  context: ExecutorContext,
): Promise<ExecutionRecord> {
  const startedAt = context.now();
  const wallStart = Date.now();
  const executionUuid = randomUUID();
  const tally: RunTally = {
    metrics: {
      total_search_duration_ms: 0,
      total_indexing_duration_ms: 0,
      total_enrichment_duration_ms: 0,
      execution_gap_duration_s: 0,
      frozen_indices_queried_count: 0,
    },
    newAlerts: 0,
    candidates: 0,
    matchedIndices: 0,
  };
  let changes: StatusChange[];
  try {
    changes = await run(rule, context, startedAt, tally, executionUuid);
  } catch (error) {
    changes = [
      {
        status: 'failed',
        message: `An error occurred during rule execution: message: "${(error as Error).message}"`,
      },
    ];
  }
  const { status, message } = settleStatus(changes);
  const record: ExecutionRecord = {
    executionUuid,
    ruleId: rule.id,
    space: rule.space,
    start: startedAt,
    durationMs: Date.now() - wallStart,
    scheduleDelayMs: 0,
    status,
    message,
    metrics: tally.metrics,
    newAlerts: tally.newAlerts,
    candidateAlerts: tally.candidates,
    matchedIndices: tally.matchedIndices,
  };
  context.history.add(record);
  const latest = context.store.getById(rule.space, rule.id);
  if (latest) {
    context.store.save({
      ...latest,
      previousStartedAt: startedAt,
      executionSummary: {
        last_execution: {
          date: startedAt.toISOString(),
          status,
          status_order: STATUS_ORDER[status],
          message,
          metrics: tally.metrics,
        },
      },
    });
  }
  return record;
}
