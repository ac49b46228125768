// The data a rule's build needs besides its TOML: the version lock, field types and integration packages.
// The bundled tables live in common/rules/ next to the TOML files.
import fieldTypes from '../../../common/rules/field_types.json';
import integrations from '../../../common/rules/integrations.json';
import versionLock from '../../../common/rules/version_lock.json';

export interface VersionLockEntry {
  rule_name: string;
  sha256: string;
  type: string;
  version: number;
}

export interface FieldType {
  /** Elasticsearch mapping type, as `required_fields[].type`. */
  type: string;
  /** Whether the field is defined by ECS (`required_fields[].ecs`). */
  ecs: boolean;
}

export interface IntegrationPackage {
  /** Fleet package version range written into `related_integrations[].version`. */
  version: string;
}

export interface RuleData {
  /** Keyed by rule_id. */
  versionLock: Readonly<Record<string, VersionLockEntry>>;
  /** Keyed by field name. */
  fieldTypes: Readonly<Record<string, FieldType>>;
  /** Keyed by Fleet package name. */
  integrations: Readonly<Record<string, IntegrationPackage>>;
}

export const BUNDLED_RULE_DATA: RuleData = { versionLock, fieldTypes, integrations };
