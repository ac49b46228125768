// Type-only mirror of the part of Kibana's features plugin this plugin uses (x-pack features, server side):
// registering one Kibana feature whose privileges grant the app and the routes' API privileges.

export interface FeatureAppCategory {
  id: string;
  label: string;
  order?: number;
  euiIconType?: string;
}

/** One privilege level (`all` or `read`) of a feature. */
export interface FeatureKibanaPrivileges {
  /** Apps shown to a role holding this privilege (hidden otherwise). */
  app?: readonly string[];
  /** API privileges routes require through `security.authz.requiredPrivileges`. */
  api?: readonly string[];
  catalogue?: readonly string[];
  savedObject: { all: readonly string[]; read: readonly string[] };
  /** UI capabilities under `capabilities[featureId]`. */
  ui: readonly string[];
}

/** Where a feature can be toggled: per space (Spaces) and per role (Security). */
export type KibanaFeatureScope = 'spaces' | 'security';

export interface KibanaFeatureConfig {
  id: string;
  name: string;
  description?: string;
  category: FeatureAppCategory;
  scope?: readonly KibanaFeatureScope[];
  order?: number;
  app: readonly string[];
  catalogue?: readonly string[];
  privileges: { all: FeatureKibanaPrivileges; read: FeatureKibanaPrivileges } | null;
}

export interface FeaturesPluginSetup {
  registerKibanaFeature(feature: KibanaFeatureConfig): void;
}
