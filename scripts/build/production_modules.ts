// Copies the production node_modules the archive needs: the given packages and everything they depend on,
// taken from the project's installed tree (no registry access at build time).
import { cp, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface ShippedPackage {
  name: string;
  version: string;
  /** Path inside the plugin directory, e.g. node_modules/smol-toml. */
  dir: string;
}

interface PackageJson {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Node's lookup: node_modules/<name> in `from` and each parent directory. */
async function locate(name: string, from: string, root: string): Promise<string | undefined> {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (await exists(path.join(candidate, 'package.json'))) return candidate;
    if (dir === root || dir === path.dirname(dir)) return undefined;
  }
}

async function readPackage(dir: string): Promise<PackageJson> {
  return JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
}

/**
 * Copies `names` with their dependency closure from `root`'s node_modules into `pluginDir/node_modules`,
 * hoisted where versions agree and nested under the dependent package where they do not.
 */
export async function copyProductionModules(
  root: string,
  names: readonly string[],
  pluginDir: string,
): Promise<ShippedPackage[]> {
  const shipped: ShippedPackage[] = [];
  const hoisted = new Map<string, string>();
  const queue: Array<{ name: string; from: string; into: string; optional: boolean }> = names.map(
    (name) => ({ name, from: root, into: '', optional: false }),
  );
  while (queue.length > 0) {
    const { name, from, into, optional } = queue.shift()!;
    const source = await locate(name, from, root);
    if (!source) {
      if (optional) continue;
      throw new Error(`${name} is needed at run time but is not installed; run npm install`);
    }
    const pkg = await readPackage(source);
    const version = hoisted.get(name);
    if (version === pkg.version) continue;
    const dir = version === undefined ? `node_modules/${name}` : `${into}/node_modules/${name}`;
    if (version === undefined) hoisted.set(name, pkg.version);
    await mkdir(path.dirname(path.join(pluginDir, dir)), { recursive: true });
    await cp(source, path.join(pluginDir, dir), {
      recursive: true,
      dereference: true,
      // Its own nested node_modules are resolved and copied as dependencies instead.
      filter: (file) => !path.relative(source, file).split(path.sep).includes('node_modules'),
    });
    shipped.push({ name, version: pkg.version, dir });
    for (const [dep, optionalDep] of [
      ...Object.keys(pkg.dependencies ?? {}).map((d) => [d, false] as const),
      ...Object.keys(pkg.optionalDependencies ?? {}).map((d) => [d, true] as const),
    ]) {
      queue.push({ name: dep, from: source, into: dir, optional: optionalDep });
    }
  }
  return shipped.sort((a, b) => a.dir.localeCompare(b.dir));
}
