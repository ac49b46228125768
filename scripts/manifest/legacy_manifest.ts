// Generates the flat kibana.json an installable archive needs from kibana.jsonc, stamped with one Kibana version.
import type { KibanaJsonc } from './kibana_jsonc';

/** The keys Kibana's legacy manifest parser accepts for a third-party plugin; anything else is rejected. */
export const LEGACY_MANIFEST_KEYS = [
  'id',
  'version',
  'kibanaVersion',
  'owner',
  'description',
  'server',
  'ui',
  'configPath',
  'requiredPlugins',
  'optionalPlugins',
  'requiredBundles',
] as const;

export interface LegacyManifest {
  id: string;
  version: string;
  kibanaVersion: string;
  owner: { name: string };
  description?: string;
  server: boolean;
  ui: boolean;
  configPath: string[];
  requiredPlugins: string[];
  optionalPlugins: string[];
  requiredBundles: string[];
}

const EXACT_VERSION = /^\d+\.\d+\.\d+$/;

export function legacyManifest(
  manifest: KibanaJsonc,
  pluginVersion: string,
  kibanaVersion: string,
  description?: string,
): LegacyManifest {
  if (!EXACT_VERSION.test(kibanaVersion)) {
    throw new Error(`Kibana version must be exact (major.minor.patch), got "${kibanaVersion}"`);
  }
  if (!/^[a-z][a-zA-Z0-9]*$/.test(manifest.plugin.id)) {
    throw new Error(`Plugin id must be camelCase, got "${manifest.plugin.id}"`);
  }
  const owner = Array.isArray(manifest.owner) ? manifest.owner[0] : manifest.owner;
  return {
    id: manifest.plugin.id,
    version: pluginVersion,
    kibanaVersion,
    owner: { name: owner ?? 'unknown' },
    ...(description ? { description } : {}),
    server: manifest.plugin.server,
    ui: manifest.plugin.browser,
    configPath: manifest.plugin.configPath ?? [],
    requiredPlugins: manifest.plugin.requiredPlugins ?? [],
    optionalPlugins: manifest.plugin.optionalPlugins ?? [],
    requiredBundles: manifest.plugin.requiredBundles ?? [],
  };
}
