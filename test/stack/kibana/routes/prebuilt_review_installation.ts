// POST /internal/detection_engine/prebuilt_rules/installation/_review: installable package rules, paged,
// optionally narrowed by a KQL `filter` over the asset's fields.
import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../emulator_context';
import { ok } from '../http/emulator_request';
import type { RouteDefinition } from '../http/route_definition';
import { prebuiltState } from '../prebuilt/prebuilt_state';
import { prebuiltRule } from '../prebuilt/install_prebuilt_rule';
import { compileKqlFilter } from '../rules/kql_filter';
import { flatten } from '../rules/flat_document';
import { toRuleResponse } from '../rules/rule_response';

interface ReviewBody {
  page?: number;
  per_page?: number;
  filter?: string;
}

export const prebuiltReviewInstallationRoute: RouteDefinition<EmulatorContext> = {
  method: 'POST',
  path: '/internal/detection_engine/prebuilt_rules/installation/_review',
  access: 'internal',
  privilege: 'rules-read',
  contract: { kind: 'openapi' },
  async handler(request, context) {
    const body = (request.body ?? {}) as ReviewBody;
    const page = body.page ?? 1;
    const perPage = body.per_page ?? 20;
    const { installable } = prebuiltState(context.prebuilt, context.store, request.space);
    const matches = body.filter ? compileKqlFilter(body.filter, new Set(['name'])) : () => true;
    const now = context.now();
    const selected = installable.filter((asset) => {
      const attributes = { ...asset.attributes, version: asset.version };
      // Accept the field names bare or under the asset's saved-object prefix.
      return matches(flatten({ ...attributes, 'security-rule': attributes }));
    });
    const rules = selected.slice((page - 1) * perPage, page * perPage).map((asset) => ({
      ...toRuleResponse(prebuiltRule(asset, request.space, '', now)),
      id: randomUUID(),
    }));
    return ok({
      page,
      per_page: perPage,
      total: selected.length,
      stats: {
        num_rules_to_install: installable.length,
        tags: [...new Set(installable.flatMap((asset) => asset.attributes.tags as string[]))],
      },
      rules,
    });
  },
};
