// POST /api/detection_engine/rules/_bulk_action: enable / disable / delete by saved-object ids (≤100) or
// by KQL query; any failure answers HTTP 500 with the structured body, as Kibana does.
import {
  PerformRulesBulkActionRequestBody,
  PerformRulesBulkActionRequestQuery,
} from '../contract/bulk_action_codec';
import type { EmulatorContext } from '../emulator_context';
import { ok } from '../http/emulator_request';
import { siemError } from '../http/kibana_error';
import type { RouteDefinition } from '../http/route_definition';
import { compileRuleFilter } from '../rules/find_rules_filter';
import { setEnabled } from '../rules/rule_patch';
import { toRuleResponse, type RuleResponse } from '../rules/rule_response';
import type { StoredRule } from '../rules/stored_rule';

interface Body {
  action: string;
  ids?: string[];
  query?: string;
}

const MAX_IDS = 100;
const IMPLEMENTED = new Set(['enable', 'disable', 'delete']);

export const bulkActionRoute: RouteDefinition<EmulatorContext> = {
  method: 'POST',
  path: '/api/detection_engine/rules/_bulk_action',
  access: 'public',
  privilege: 'rules-all',
  contract: {
    kind: 'codec',
    mirrors: 'rule_management/bulk_actions/bulk_actions_route.gen.ts',
    rejectUnknownKeys: false,
    body: PerformRulesBulkActionRequestBody,
    query: PerformRulesBulkActionRequestQuery,
  },
  async handler(request, context) {
    const body = request.body as Body;
    const dryRun = request.query.dry_run === 'true';
    if (body.ids && body.query !== undefined) {
      throw siemError(
        400,
        'Both query and ids are sent. Define either ids or query in request payload.',
      );
    }
    if (body.ids && body.ids.length > MAX_IDS) {
      throw siemError(400, `More than ${MAX_IDS} ids sent for bulk edit action.`);
    }
    if (!IMPLEMENTED.has(body.action)) {
      throw siemError(400, `bulk action "${body.action}" is not implemented by the emulator`, true);
    }

    const errors: Array<{ message: string; status_code: number; rules: Array<{ id: string }> }> =
      [];
    let targets: StoredRule[];
    if (body.ids) {
      targets = [];
      for (const id of body.ids) {
        const rule = context.store.getById(request.space, id);
        if (rule) targets.push(rule);
        else errors.push({ message: 'Rule not found', status_code: 500, rules: [{ id }] });
      }
    } else {
      targets = context.store.list(request.space).filter(compileRuleFilter(body.query));
    }

    const updated: RuleResponse[] = [];
    const deleted: RuleResponse[] = [];
    for (const rule of targets) {
      if (body.action === 'delete') {
        if (!dryRun) context.store.delete(rule.id);
        deleted.push(toRuleResponse(rule));
        continue;
      }
      const wanted = body.action === 'enable';
      const next =
        rule.enabled === wanted
          ? rule
          : setEnabled(rule, wanted, request.user.username, context.now());
      if (!dryRun) context.store.save(next);
      updated.push(toRuleResponse(next));
    }

    const succeeded = updated.length + deleted.length;
    const summary = {
      failed: errors.length,
      skipped: 0,
      succeeded,
      total: succeeded + errors.length,
    };
    const results = { updated, created: [], deleted, skipped: [] };
    if (errors.length > 0) {
      return {
        status: 500,
        body: {
          message: succeeded > 0 ? 'Bulk edit partially failed' : 'Bulk edit failed',
          status_code: 500,
          attributes: { errors, results, summary },
        },
      };
    }
    return ok({ success: true, rules_count: summary.total, attributes: { results, summary } });
  },
};
