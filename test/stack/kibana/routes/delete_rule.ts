// DELETE /api/detection_engine/rules?id=|rule_id=: answers the deleted rule; 404 when absent.
import type { EmulatorContext } from '../emulator_context';
import { ok } from '../http/emulator_request';
import type { RouteDefinition } from '../http/route_definition';
import { findRuleOrThrow } from '../rules/rule_lookup';
import { toRuleResponse } from '../rules/rule_response';

export const deleteRuleRoute: RouteDefinition<EmulatorContext> = {
  method: 'DELETE',
  path: '/api/detection_engine/rules',
  access: 'public',
  privilege: 'rules-all',
  contract: { kind: 'openapi' },
  async handler(request, context) {
    const rule = findRuleOrThrow(context.store, request.space, request.query);
    context.store.delete(rule.id);
    return ok(toRuleResponse(rule));
  },
};
