// POST /internal/detection_engine/rules/{ruleId}/execution/results (newer Kibana): unified results,
// filtered by time (default: last 2 hours) and outcome, sorted and paged → {data, total, page, per_page}.
import type { EmulatorContext } from '../emulator_context';
import { unifiedExecutionResult } from '../executor/execution_views';
import { outcomeOf } from '../executor/execution_status';
import { ok } from '../http/emulator_request';
import type { RouteDefinition } from '../http/route_definition';
import { ruleOfExecutionResults } from './rule_of_execution_results';

interface Body {
  filter?: { outcome?: string[]; run_type?: string[]; from: string; to: string };
  sort?: { field?: 'execution_start' | 'execution_duration_ms'; order?: 'asc' | 'desc' };
  page?: number;
  per_page?: number;
}

const TWO_HOURS_MS = 2 * 3_600_000;

export const readExecutionResultsRoute: RouteDefinition<EmulatorContext> = {
  method: 'POST',
  path: '/internal/detection_engine/rules/{ruleId}/execution/results',
  access: 'internal',
  privilege: 'rules-read',
  contract: { kind: 'openapi' },
  async handler(request, context) {
    const rule = ruleOfExecutionResults(request, context);
    const body = (request.body ?? {}) as Body;
    const now = context.now();
    const from = body.filter ? Date.parse(body.filter.from) : now.getTime() - TWO_HOURS_MS;
    const to = body.filter ? Date.parse(body.filter.to) : now.getTime();
    const outcomes = body.filter?.outcome ?? [];
    const runTypes = body.filter?.run_type ?? [];
    const field = body.sort?.field ?? 'execution_start';
    const direction = (body.sort?.order ?? 'desc') === 'asc' ? 1 : -1;
    const page = body.page ?? 1;
    const perPage = body.per_page ?? 20;

    const selected = context.history
      .forRule(request.space, rule.id)
      .filter((record) => record.start.getTime() >= from && record.start.getTime() <= to)
      .filter((record) => outcomes.length === 0 || outcomes.includes(outcomeOf(record.status)))
      .filter(() => runTypes.length === 0 || runTypes.includes('standard'))
      .sort((a, b) =>
        field === 'execution_duration_ms'
          ? direction * (a.durationMs - b.durationMs)
          : direction * (a.start.getTime() - b.start.getTime()),
      );
    return ok({
      data: selected.slice((page - 1) * perPage, page * perPage).map(unifiedExecutionResult),
      total: selected.length,
      page,
      per_page: perPage,
    });
  },
};
