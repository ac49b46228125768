// PATCH /api/detection_engine/rules: partial update by id or rule_id (enable/disable included).
import type { EmulatorContext } from '../emulator_context';
import { ok } from '../http/emulator_request';
import type { RouteDefinition } from '../http/route_definition';
import { normalizeRuleActions } from '../connectors/rule_actions';
import { findRuleOrThrow } from '../rules/rule_lookup';
import { applyPatch } from '../rules/rule_patch';
import { toRuleResponse } from '../rules/rule_response';
import { checkRuleTypeParams } from '../rules/rule_type_params_check';

export const patchRuleRoute: RouteDefinition<EmulatorContext> = {
  method: 'PATCH',
  path: '/api/detection_engine/rules',
  access: 'public',
  privilege: 'rules-all',
  contract: { kind: 'openapi' },
  async handler(request, context) {
    const body = request.body as Record<string, unknown>;
    const current = findRuleOrThrow(context.store, request.space, body);
    const interval = typeof body.interval === 'string' ? body.interval : current.params.interval;
    const patch =
      body.actions === undefined
        ? body
        : {
            ...body,
            actions: normalizeRuleActions(
              body.actions,
              request.space,
              context.connectors,
              interval,
            ),
          };
    const now = context.now();
    const { rule } = applyPatch(current, patch, request.user.username, now);
    checkRuleTypeParams(rule.params, now);
    context.store.save(rule);
    return ok(toRuleResponse(rule));
  },
};
