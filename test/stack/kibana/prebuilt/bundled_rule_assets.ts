// The `with-rule` package: every bundled rule as Elastic ships it — the payload builder's body for the
// bundled TOML, at the version its version lock gives.
import { buildRule } from '../../../../server/lib/rule';
import { loadBundledRules } from '../../../../server/lib/rule_files';
import type { PrebuiltAsset } from './prebuilt_package';

export async function bundledRuleAssets(): Promise<PrebuiltAsset[]> {
  const rules = await loadBundledRules();
  return rules.map(({ definition }) => {
    const { payload, version } = buildRule(definition);
    return {
      rule_id: definition.rule.rule_id,
      version: version.version,
      attributes: payload as unknown as Record<string, unknown>,
    };
  });
}
