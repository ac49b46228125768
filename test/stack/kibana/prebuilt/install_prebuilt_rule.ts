// Turning a package asset into an installed rule: immutable, external source, always disabled.
import { randomUUID } from 'node:crypto';
import { applyCreateDefaults } from '../rules/create_defaults';
import type { StoredRule } from '../rules/stored_rule';
import type { PrebuiltAsset } from './prebuilt_package';

export function prebuiltRule(
  asset: PrebuiltAsset,
  space: string,
  username: string,
  now: Date,
): StoredRule {
  return {
    id: randomUUID(),
    space,
    params: applyCreateDefaults({ ...asset.attributes, version: asset.version }),
    enabled: false,
    revision: 0,
    immutable: true,
    ruleSource: {
      type: 'external',
      is_customized: false,
      has_base_version: true,
      customized_fields: [],
    },
    createdAt: now.toISOString(),
    createdBy: username,
    updatedAt: now.toISOString(),
    updatedBy: username,
    apiKeyOwner: username,
  };
}
