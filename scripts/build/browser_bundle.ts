// Builds the plugin's browser code the way Kibana loads it: `target/public/<id>.plugin.js`, a classic script
// that registers the plugin with `__kbnBundles__`, plus the app as ES module chunks fetched when it is opened.
//
// Kibana puts every plugin bundle on the page with a plain <script> and reads its exports synchronously, so the
// entry must be a self-registering IIFE. The app (`public/application.tsx`, loaded by `mount`) stays out of it:
// `import()` inside a classic script resolves against that script's own URL, which is the plugin's bundle
// directory that Kibana serves (`__kbnPublicPath__[id]`), so the chunks sitting next to the entry load from
// there. Shared dependencies come from `window.__kbnSharedDeps__` in both.
import { build } from 'esbuild';
import type { BuildOptions, Metafile, Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { browserBuildOptions } from './browser_build_options';
import { bundledInputs, kibanaSharedDepsPlugin } from './shared_deps_plugin';

export interface BundleFile {
  /** Path under target/public/. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BrowserBundleResult {
  entry: BundleFile;
  chunks: BundleFile[];
  /** npm packages with code in the bundle (Kibana's shared ones only as forwarding entries). */
  bundledPackages: string[];
}

const APP_SOURCE = 'public/application.tsx';
const ENTRY_SOURCE = 'public/index.ts';

function common(root: string): BuildOptions {
  return { ...browserBuildOptions(root), logLevel: 'silent' };
}

/** Turns the entry's `import('./application')` into an import of the app chunk next to the bundle. */
function lazyAppPlugin(root: string, appChunk: string): Plugin {
  const app = path.join(root, APP_SOURCE);
  return {
    name: 'lazy-app-chunk',
    setup(b) {
      b.onResolve({ filter: /\/application$/ }, (args) => {
        if (path.resolve(args.resolveDir, `${args.path}.tsx`) !== app) return undefined;
        if (args.kind !== 'dynamic-import') {
          return { errors: [{ text: `${APP_SOURCE} must only be imported lazily by the entry` }] };
        }
        return { path: `./${appChunk}`, external: true };
      });
    },
  };
}

async function sizeOf(outDir: string, file: string): Promise<BundleFile> {
  const content = await readFile(path.join(outDir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

function outputs(metafile: Metafile, outDir: string, root: string): string[] {
  return Object.keys(metafile.outputs)
    .map((file) => path.relative(outDir, path.resolve(root, file)))
    .filter((file) => file.endsWith('.js'));
}

function metafileOf(result: { metafile?: Metafile }): Metafile {
  if (!result.metafile) throw new Error('esbuild returned no metafile');
  return result.metafile;
}

function checkNoSharedCopies(metafile: Metafile, what: string): string[] {
  const inputs = bundledInputs(metafile);
  if (inputs.sharedCopies.length > 0) {
    throw new Error(
      `${what} contains code of Kibana's shared dependencies: ${inputs.sharedCopies.slice(0, 5).join(', ')}`,
    );
  }
  return inputs.packages;
}

export async function buildBrowserBundle(
  root: string,
  outDir: string,
  pluginId: string,
): Promise<BrowserBundleResult> {
  const appName = `${pluginId}.chunk.application`;
  const app = await build({
    ...common(root),
    entryPoints: { [appName]: APP_SOURCE },
    format: 'esm',
    splitting: true,
    outdir: outDir,
    chunkNames: `${pluginId}.chunk.[name]-[hash]`,
    plugins: [kibanaSharedDepsPlugin()],
  });
  const appPackages = checkNoSharedCopies(metafileOf(app), 'The app chunk');

  const entryFile = `${pluginId}.plugin.js`;
  const registration = [
    `import * as entry from './${ENTRY_SOURCE}';`,
    // Kibana's loader keeps (bundleRequire, key) and calls bundleRequire(key) when core reads the plugin.
    `__kbnBundles__.define(${JSON.stringify(`plugin/${pluginId}/public`)}, function () { return entry; }, 0);`,
  ].join('\n');
  const entry = await build({
    ...common(root),
    stdin: { contents: registration, resolveDir: root, sourcefile: 'kibana_bundle_entry.js' },
    format: 'iife',
    outfile: path.join(outDir, entryFile),
    plugins: [lazyAppPlugin(root, `${appName}.js`), kibanaSharedDepsPlugin()],
  });
  const entryPackages = checkNoSharedCopies(metafileOf(entry), 'The entry bundle');
  if (Object.keys(metafileOf(entry).inputs).includes(APP_SOURCE)) {
    throw new Error(`${APP_SOURCE} ended up in the page-load entry`);
  }

  const chunkFiles = outputs(metafileOf(app), outDir, root).sort();
  return {
    entry: await sizeOf(outDir, entryFile),
    chunks: await Promise.all(chunkFiles.map((file) => sizeOf(outDir, file))),
    bundledPackages: [...new Set([...appPackages, ...entryPackages])].sort(),
  };
}
