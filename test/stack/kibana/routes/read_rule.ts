// GET /api/detection_engine/rules?id=|rule_id=: 404 when absent; `execution_summary` once the rule ran.
import type { EmulatorContext } from '../emulator_context';
import { ok } from '../http/emulator_request';
import type { RouteDefinition } from '../http/route_definition';
import { findRuleOrThrow } from '../rules/rule_lookup';
import { toRuleResponse } from '../rules/rule_response';

export const readRuleRoute: RouteDefinition<EmulatorContext> = {
  method: 'GET',
  path: '/api/detection_engine/rules',
  access: 'public',
  privilege: 'rules-read',
  contract: { kind: 'openapi' },
  async handler(request, context) {
    const rule = findRuleOrThrow(context.store, request.space, request.query);
    return ok(toRuleResponse(rule));
  },
};
