// GET /internal/detection_engine/prebuilt_rules/status: counts of installed / installable / upgradeable.
import { EmptyQuery } from '../contract/prebuilt_codecs';
import type { EmulatorContext } from '../emulator_context';
import { ok } from '../http/emulator_request';
import type { RouteDefinition } from '../http/route_definition';
import { prebuiltState } from '../prebuilt/prebuilt_state';

export const prebuiltStatusRoute: RouteDefinition<EmulatorContext> = {
  method: 'GET',
  path: '/internal/detection_engine/prebuilt_rules/status',
  access: 'internal',
  privilege: 'rules-read',
  contract: {
    kind: 'codec',
    mirrors: 'prebuilt_rules/get_prebuilt_rules_status/get_prebuilt_rules_status_route.ts',
    rejectUnknownKeys: true,
    query: EmptyQuery,
  },
  async handler(request, context) {
    const state = prebuiltState(context.prebuilt, context.store, request.space);
    return ok({
      stats: {
        num_prebuilt_rules_installed: state.installed,
        num_prebuilt_rules_to_install: state.installable.length,
        num_prebuilt_rules_to_upgrade: state.upgradeable,
        num_prebuilt_rules_total_in_package: new Set(context.prebuilt.assets.map((a) => a.rule_id))
          .size,
        num_prebuilt_rules_deprecated: 0,
      },
    });
  },
};
