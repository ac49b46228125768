// io-ts mirrors of routes Kibana defines only in TypeScript (no OpenAPI source exists for them):
// x-pack/solutions/security/plugins/security_solution/common/api/detection_engine/prebuilt_rules/
// perform_rule_installation/perform_rule_installation_route.ts and get_prebuilt_rules_status_route.ts.
import * as t from 'io-ts';

const RuleVersionSpecifier = t.exact(t.type({ rule_id: t.string, version: t.number }));

export const PerformRuleInstallationRequestBody = t.union([
  t.exact(t.type({ mode: t.literal('ALL_RULES') })),
  t.exact(t.type({ mode: t.literal('SPECIFIC_RULES'), rules: t.array(RuleVersionSpecifier) })),
]);

/** The status route declares no request validation: any query is a stray. */
export const EmptyQuery = t.exact(t.type({}));
