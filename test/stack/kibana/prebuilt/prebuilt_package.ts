// The installed prebuilt-rules package: `security-rule` assets, each a create body with a version.

export interface PrebuiltAsset {
  rule_id: string;
  version: number;
  /** The asset's `attributes`: exactly the Detection Engine create body Elastic ships. */
  attributes: Record<string, unknown>;
}

export interface PrebuiltPackage {
  readonly assets: readonly PrebuiltAsset[];
  /** Highest version of a rule in the package. */
  latest(ruleId: string): PrebuiltAsset | undefined;
}

export function createPrebuiltPackage(assets: readonly PrebuiltAsset[]): PrebuiltPackage {
  return {
    assets,
    latest(ruleId) {
      return assets
        .filter((asset) => asset.rule_id === ruleId)
        .sort((a, b) => b.version - a.version)[0];
    },
  };
}
