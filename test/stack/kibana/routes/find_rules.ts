// GET /api/detection_engine/rules/_find: KQL `filter` over `alert.attributes.*`, sort, paging; note the
// answer says `perPage` while the request says `per_page`.
import type { EmulatorContext } from '../emulator_context';
import { ok } from '../http/emulator_request';
import type { RouteDefinition } from '../http/route_definition';
import { compileRuleFilter } from '../rules/find_rules_filter';
import { toRuleResponse } from '../rules/rule_response';
import { sortRules } from '../rules/rule_sort';

type Query = Record<string, string | string[] | undefined>;

export const findRulesRoute: RouteDefinition<EmulatorContext> = {
  method: 'GET',
  path: '/api/detection_engine/rules/_find',
  access: 'public',
  privilege: 'rules-read',
  contract: { kind: 'openapi' },
  async handler(request, context) {
    const query = request.query as Query;
    const filter = typeof query.filter === 'string' ? query.filter : undefined;
    const page = Number(query.page ?? 1);
    const perPage = Number(query.per_page ?? 20);
    const matches = compileRuleFilter(filter);
    let rules = context.store.list(request.space).filter(matches);
    if (typeof query.sort_field === 'string') {
      rules = sortRules(rules, query.sort_field, query.sort_order === 'desc' ? 'desc' : 'asc');
    }
    return ok({
      page,
      perPage,
      total: rules.length,
      data: rules.slice((page - 1) * perPage, page * perPage).map(toRuleResponse),
    });
  },
};
