// POST /api/detection_engine/rules: 409 on a taken rule_id, Kibana's defaults, `enabled` default configurable.
import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../emulator_context';
import { ok } from '../http/emulator_request';
import { siemError } from '../http/kibana_error';
import type { RouteDefinition } from '../http/route_definition';
import { normalizeRuleActions } from '../connectors/rule_actions';
import { applyCreateDefaults } from '../rules/create_defaults';
import { toRuleResponse } from '../rules/rule_response';
import { checkRuleTypeParams } from '../rules/rule_type_params_check';
import type { StoredRule } from '../rules/stored_rule';

export const createRuleRoute: RouteDefinition<EmulatorContext> = {
  method: 'POST',
  path: '/api/detection_engine/rules',
  access: 'public',
  privilege: 'rules-all',
  contract: { kind: 'openapi' },
  async handler(request, context) {
    const body = request.body as Record<string, unknown>;
    const now = context.now();
    if (
      typeof body.rule_id === 'string' &&
      context.store.getByRuleId(request.space, body.rule_id)
    ) {
      throw siemError(409, `rule_id: "${body.rule_id}" already exists`);
    }
    const params = applyCreateDefaults(body);
    params.actions = normalizeRuleActions(
      params.actions,
      request.space,
      context.connectors,
      params.interval,
    );
    checkRuleTypeParams(params, now);
    const rule: StoredRule = {
      id: randomUUID(),
      space: request.space,
      params,
      enabled: typeof body.enabled === 'boolean' ? body.enabled : context.enabledDefault,
      revision: 0,
      immutable: false,
      ruleSource: { type: 'internal' },
      createdAt: now.toISOString(),
      createdBy: request.user.username,
      updatedAt: now.toISOString(),
      updatedBy: request.user.username,
      apiKeyOwner: request.user.username,
    };
    context.store.save(rule);
    return ok(toRuleResponse(rule));
  },
};
