// Which package rules a space has installed, may install, or may upgrade.
import type { RuleStore } from '../rules/rule_store';
import type { PrebuiltAsset, PrebuiltPackage } from './prebuilt_package';

export interface PrebuiltState {
  installed: number;
  installable: PrebuiltAsset[];
  upgradeable: number;
}

export function prebuiltState(
  pkg: PrebuiltPackage,
  store: RuleStore,
  space: string,
): PrebuiltState {
  const installed = store.list(space).filter((rule) => rule.immutable);
  const installedIds = new Map(installed.map((rule) => [rule.params.rule_id, rule.params.version]));
  const latest = [...new Set(pkg.assets.map((asset) => asset.rule_id))].map(
    (ruleId) => pkg.latest(ruleId) as PrebuiltAsset,
  );
  return {
    installed: installed.length,
    installable: latest.filter((asset) => !installedIds.has(asset.rule_id)),
    upgradeable: latest.filter((asset) => {
      const version = installedIds.get(asset.rule_id);
      return version !== undefined && version < asset.version;
    }).length,
  };
}
