// POST /internal/detection_engine/prebuilt_rules/installation/_perform: installs package rules disabled;
// an unknown rule is an entry in `errors[]` inside a 200; an installed one is skipped ALREADY_INSTALLED.
import { PerformRuleInstallationRequestBody } from '../contract/prebuilt_codecs';
import type { EmulatorContext } from '../emulator_context';
import { ok } from '../http/emulator_request';
import type { RouteDefinition } from '../http/route_definition';
import { prebuiltRule } from '../prebuilt/install_prebuilt_rule';
import { prebuiltState } from '../prebuilt/prebuilt_state';
import { toRuleResponse, type RuleResponse } from '../rules/rule_response';

type Body =
  | { mode: 'ALL_RULES' }
  | { mode: 'SPECIFIC_RULES'; rules: Array<{ rule_id: string; version: number }> };

export const prebuiltPerformInstallationRoute: RouteDefinition<EmulatorContext> = {
  method: 'POST',
  path: '/internal/detection_engine/prebuilt_rules/installation/_perform',
  access: 'internal',
  privilege: 'rules-all',
  contract: {
    kind: 'codec',
    mirrors: 'prebuilt_rules/perform_rule_installation/perform_rule_installation_route.ts',
    rejectUnknownKeys: true,
    body: PerformRuleInstallationRequestBody,
  },
  async handler(request, context) {
    const body = request.body as Body;
    const { space } = request;
    const installedIds = new Set(
      context.store
        .list(space)
        .filter((rule) => rule.immutable)
        .map((rule) => rule.params.rule_id),
    );
    const created: RuleResponse[] = [];
    const skipped: Array<{ rule_id: string; reason: 'ALREADY_INSTALLED' }> = [];
    const errors: Array<{
      message: string;
      status_code: number;
      rules: Array<{ rule_id: string }>;
    }> = [];
    const wanted =
      body.mode === 'ALL_RULES'
        ? prebuiltState(context.prebuilt, context.store, space).installable.map((asset) => ({
            rule_id: asset.rule_id,
            version: asset.version,
          }))
        : body.rules;
    for (const { rule_id: ruleId, version } of wanted) {
      if (installedIds.has(ruleId)) {
        skipped.push({ rule_id: ruleId, reason: 'ALREADY_INSTALLED' });
        continue;
      }
      const asset = context.prebuilt.assets.find(
        (candidate) => candidate.rule_id === ruleId && candidate.version === version,
      );
      if (!asset) {
        errors.push({
          message: `Rule with ID "${ruleId}" and version "${version}" not found`,
          status_code: 500,
          rules: [{ rule_id: ruleId }],
        });
        continue;
      }
      const rule = prebuiltRule(asset, space, request.user.username, context.now());
      context.store.save(rule);
      installedIds.add(ruleId);
      created.push(toRuleResponse(rule));
    }
    return ok({
      summary: {
        total: created.length + skipped.length + errors.length,
        succeeded: created.length,
        skipped: skipped.length,
        failed: errors.length,
      },
      results: { created, skipped },
      errors,
    });
  },
};
