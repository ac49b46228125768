// Builds the installable Kibana archive `<outDir>/<pluginId>-<kibanaVersion>.zip`:
//   kibana/<pluginId>/{kibana.json, package.json, server/**.js, common/**.js, common/rules/*,
//                      target/public/<pluginId>.plugin.js (+ app chunks), node_modules/ (production only)}
// Run: npm run build -- [--kibana-version 9.2.1] [--out-dir build] [--quiet]
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildBrowserBundle, type BrowserBundleResult } from './browser_bundle';
import { kibanaJson, pluginPackageJson, readProjectPackage } from './archive_manifests';
import { BUILD_USAGE, parseBuildOptions } from './build_options';
import { providedByKibana } from './kibana_server_packages';
import { copyProductionModules, type ShippedPackage } from './production_modules';
import { buildServer } from './server_build';
import { zipDirectory } from './zip_directory';

export interface PluginBuildRequest {
  root: string;
  kibanaVersion: string;
  outDir: string;
}

export interface PluginBuildResult {
  archive: string;
  archiveBytes: number;
  pluginId: string;
  kibanaVersion: string;
  /** Entry names inside the zip. */
  entries: string[];
  browser: BrowserBundleResult;
  shipped: ShippedPackage[];
  /** Packages the server code requires from Kibana's own node_modules. */
  fromKibana: string[];
}

export async function buildPlugin(request: PluginBuildRequest): Promise<PluginBuildResult> {
  const { root, kibanaVersion, outDir } = request;
  const project = await readProjectPackage(root);
  const manifest = kibanaJson(root, project.version, kibanaVersion);
  const pluginId = manifest.id;
  const staging = path.join(outDir, `.staging-${pluginId}-${kibanaVersion}`);
  const pluginDir = path.join(staging, 'kibana', pluginId);
  await rm(staging, { recursive: true, force: true });
  await mkdir(pluginDir, { recursive: true });
  try {
    const server = await buildServer(root, pluginDir);
    const browser = await buildBrowserBundle(root, path.join(pluginDir, 'target/public'), pluginId);
    const fromKibana = server.packages.filter(providedByKibana);
    const ours = server.packages.filter((pkg) => !providedByKibana(pkg));
    const shipped = await copyProductionModules(root, ours, pluginDir);
    await writeFile(path.join(pluginDir, 'kibana.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await writeFile(
      path.join(pluginDir, 'package.json'),
      `${JSON.stringify(pluginPackageJson(project, shipped, ours), null, 2)}\n`,
    );
    const archive = path.join(outDir, `${pluginId}-${kibanaVersion}.zip`);
    await rm(archive, { force: true });
    const entries = await zipDirectory(path.join(staging, 'kibana'), 'kibana', archive);
    return {
      archive,
      archiveBytes: (await stat(archive)).size,
      pluginId,
      kibanaVersion,
      entries,
      browser,
      shipped,
      fromKibana,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function formatBuildReport(result: PluginBuildResult, root: string): string {
  const chunkGzip = result.browser.chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  const relative = path.relative(root, result.archive);
  const shown = relative.startsWith('..') ? result.archive : relative;
  return [
    `Built ${shown} for Kibana ${result.kibanaVersion} ` +
      `(${kb(result.archiveBytes)}, ${result.entries.length} files)`,
    `  browser entry   ${result.browser.entry.file}  ${kb(result.browser.entry.gzipBytes)} gzip`,
    `  app chunks      ${result.browser.chunks.length} file(s), ${kb(chunkGzip)} gzip, loaded when the app opens`,
    `  node_modules    ${result.shipped.map((p) => `${p.name}@${p.version}`).join(', ') || 'none'}`,
    `  from Kibana     ${result.fromKibana.join(', ')} (server) and its shared browser dependencies`,
    '',
  ].join('\n');
}

if (require.main === module) {
  const root = path.resolve(__dirname, '../..');
  let options;
  try {
    options = parseBuildOptions(process.argv.slice(2), root);
  } catch (error) {
    process.stderr.write(`build: ${(error as Error).message}\n${BUILD_USAGE}\n`);
    process.exit(2);
  }
  buildPlugin({ root, kibanaVersion: options.kibanaVersion, outDir: options.outDir }).then(
    (result) => {
      if (!options.quiet) process.stdout.write(formatBuildReport(result, root));
      else process.stdout.write(`${result.archive}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
