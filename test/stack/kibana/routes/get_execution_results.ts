// GET /internal/detection_engine/rules/{ruleId}/execution/results (released 8.x/9.x): query `start`,
// `end`, `status_filters`, sort and paging → {events, total}.
import { GetRuleExecutionResultsQuery } from '../contract/execution_results_query_codec';
import type { EmulatorContext } from '../emulator_context';
import type { ExecutionRecord } from '../executor/execution_record';
import { legacyExecutionResult } from '../executor/execution_views';
import { ok } from '../http/emulator_request';
import type { RouteDefinition } from '../http/route_definition';
import { ruleOfExecutionResults } from './rule_of_execution_results';

type Query = Record<string, string | undefined>;

const SORT_KEYS: Readonly<Record<string, (record: ExecutionRecord) => number>> = {
  timestamp: (record) => record.start.getTime(),
  duration_ms: (record) => record.durationMs,
  gap_duration_s: (record) => record.metrics.execution_gap_duration_s ?? 0,
  indexing_duration_ms: (record) => record.metrics.total_indexing_duration_ms,
  search_duration_ms: (record) => record.metrics.total_search_duration_ms,
  schedule_delay_ms: (record) => record.scheduleDelayMs,
};

export const getExecutionResultsRoute: RouteDefinition<EmulatorContext> = {
  method: 'GET',
  path: '/internal/detection_engine/rules/{ruleId}/execution/results',
  access: 'internal',
  privilege: 'rules-read',
  contract: {
    kind: 'codec',
    mirrors: 'rule_monitoring/rule_execution_logs/get_rule_execution_results (8.x)',
    rejectUnknownKeys: false,
    query: GetRuleExecutionResultsQuery,
  },
  async handler(request, context) {
    const rule = ruleOfExecutionResults(request, context);
    const query = request.query as Query;
    const start = Date.parse(query.start as string);
    const end = Date.parse(query.end as string);
    const statuses = (query.status_filters ?? '').split(',').filter(Boolean);
    const sortKey = SORT_KEYS[query.sort_field ?? 'timestamp'];
    const direction = (query.sort_order ?? 'desc') === 'asc' ? 1 : -1;
    const page = Number(query.page ?? 1);
    const perPage = Number(query.per_page ?? 20);

    const selected = context.history
      .forRule(request.space, rule.id)
      .filter((record) => record.start.getTime() >= start && record.start.getTime() <= end)
      .filter((record) => statuses.length === 0 || statuses.includes(record.status))
      .sort((a, b) => direction * (sortKey(a) - sortKey(b)));
    return ok({
      events: selected.slice((page - 1) * perPage, page * perPage).map(legacyExecutionResult),
      total: selected.length,
    });
  },
};
