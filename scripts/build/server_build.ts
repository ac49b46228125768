// Compiles the Kibana server entry and everything it reaches (server/ and common/) to CommonJS, one file per
// source as Kibana's own plugin build does, so that paths relative to a module (the bundled rules) still hold.
import { build, transform } from 'esbuild';
import { builtinModules } from 'node:module';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { packageOf } from './kibana_shared_deps';

export const SERVER_ENTRY = 'server/index.ts';
/** Read at run time by server/lib/rule_files.ts: every rule and its data files ship, imported or not. */
const RULES_DIR = 'common/rules';
const RULE_FILE = /\.(toml|json)$/;

export interface ServerBuildResult {
  /** Files written, relative to the plugin directory. */
  files: string[];
  /** npm packages the server code requires at run time. */
  packages: string[];
}

const BUILTINS = new Set(builtinModules);

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0]);
}

/** The source files the entry reaches and the packages it imports (type-only imports vanish here). */
export async function reachable(root: string): Promise<{ sources: string[]; packages: string[] }> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [SERVER_ENTRY],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    metafile: true,
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  const sources = Object.keys(result.metafile.inputs);
  const outside = sources.filter((file) => !/^(server|common)\//.test(file));
  if (outside.length > 0) {
    throw new Error(
      `The server entry reaches files outside server/ and common/: ${outside.join(', ')}`,
    );
  }
  const packages = new Set<string>();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const imported of input.imports) {
      if (imported.external && !isBuiltin(imported.path)) packages.add(packageOf(imported.path));
    }
  }
  return { sources: sources.sort(), packages: [...packages].sort() };
}

async function compile(root: string, source: string, pluginDir: string): Promise<string> {
  const out = source.replace(/\.tsx?$/, '.js');
  const code = await readFile(path.join(root, source), 'utf8');
  const result = await transform(code, {
    loader: source.endsWith('.tsx') ? 'tsx' : 'ts',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcefile: source,
    // Node resolves `require('./plugin')` but not `import('./plugin')` without an extension.
    supported: { 'dynamic-import': false },
    tsconfigRaw: { compilerOptions: { target: 'ES2022', jsx: 'react-jsx' } },
  });
  await mkdir(path.dirname(path.join(pluginDir, out)), { recursive: true });
  await writeFile(path.join(pluginDir, out), result.code);
  return out;
}

async function copyRules(root: string, pluginDir: string): Promise<string[]> {
  const names = (await readdir(path.join(root, RULES_DIR))).filter((name) => RULE_FILE.test(name));
  await mkdir(path.join(pluginDir, RULES_DIR), { recursive: true });
  await Promise.all(
    names.map((name) =>
      copyFile(path.join(root, RULES_DIR, name), path.join(pluginDir, RULES_DIR, name)),
    ),
  );
  return names.map((name) => `${RULES_DIR}/${name}`);
}

export async function buildServer(root: string, pluginDir: string): Promise<ServerBuildResult> {
  const { sources, packages } = await reachable(root);
  const files = new Set<string>(await copyRules(root, pluginDir));
  for (const source of sources) {
    if (/\.tsx?$/.test(source)) {
      files.add(await compile(root, source, pluginDir));
    } else if (source.endsWith('.json')) {
      await mkdir(path.dirname(path.join(pluginDir, source)), { recursive: true });
      await copyFile(path.join(root, source), path.join(pluginDir, source));
      files.add(source);
    } else {
      throw new Error(
        `The server entry reaches ${source}, which the build does not know how to ship`,
      );
    }
  }
  return { files: [...files].sort(), packages };
}
