// The two manifests at the top of the plugin directory: Kibana's flat kibana.json (generated from kibana.jsonc,
// stamped with the exact Kibana version) and a package.json naming the production dependencies shipped.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readKibanaJsonc } from '../manifest/kibana_jsonc';
import { legacyManifest, type LegacyManifest } from '../manifest/legacy_manifest';
import type { ShippedPackage } from './production_modules';

export interface ProjectPackage {
  name: string;
  version: string;
  description?: string;
  license?: string;
}

export async function readProjectPackage(root: string): Promise<ProjectPackage> {
  return JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as ProjectPackage;
}

export function kibanaJson(
  root: string,
  pluginVersion: string,
  kibanaVersion: string,
): LegacyManifest {
  const manifest = readKibanaJsonc(root);
  // kibana.jsonc may carry a description (io-ts keeps keys its codec does not name).
  const description: unknown = (manifest as { description?: unknown }).description;
  return legacyManifest(
    manifest,
    pluginVersion,
    kibanaVersion,
    typeof description === 'string' ? description : undefined,
  );
}

export interface PluginPackageJson {
  name: string;
  version: string;
  description?: string;
  license?: string;
  private: true;
  dependencies: Record<string, string>;
}

/** Only the top-level shipped packages are dependencies; their own dependencies come along in node_modules. */
export function pluginPackageJson(
  project: ProjectPackage,
  shipped: readonly ShippedPackage[],
  direct: readonly string[],
): PluginPackageJson {
  const dependencies: Record<string, string> = {};
  for (const name of [...direct].sort()) {
    const pkg = shipped.find((p) => p.name === name && p.dir === `node_modules/${name}`);
    if (pkg) dependencies[name] = pkg.version;
  }
  return {
    name: project.name,
    version: project.version,
    ...(project.description ? { description: project.description } : {}),
    ...(project.license ? { license: project.license } : {}),
    private: true,
    dependencies,
  };
}
