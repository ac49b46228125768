// Writes kibana.json (stamped for one Kibana version) and a production-only package.json into a plugin folder;
// scripts/build-in-kibana.sh uses it before handing the plugin to Kibana's own build.
// Run: npx tsx scripts/build/manifests_cli.ts <major.minor.patch> <plugin-dir>
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { kibanaJson, pluginPackageJson, readProjectPackage } from './archive_manifests';
import { parseBuildOptions } from './build_options';
import { providedByKibana } from './kibana_server_packages';
import { reachable } from './server_build';

const root = path.resolve(__dirname, '../..');

async function main(version: string | undefined, dir: string | undefined): Promise<void> {
  if (!version || !dir) throw new Error('usage: manifests_cli.ts <kibana-version> <plugin-dir>');
  const { kibanaVersion } = parseBuildOptions(['--kibana-version', version], root);
  const project = await readProjectPackage(root);
  const ours = (await reachable(root)).packages.filter((pkg) => !providedByKibana(pkg));
  const shipped = await Promise.all(
    ours.map(async (name) => {
      const file = path.join(root, 'node_modules', name, 'package.json');
      const { version: installed } = JSON.parse(await readFile(file, 'utf8')) as {
        version: string;
      };
      return { name, version: installed, dir: `node_modules/${name}` };
    }),
  );
  const manifest = kibanaJson(root, project.version, kibanaVersion);
  await writeFile(path.join(dir, 'kibana.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(
    path.join(dir, 'package.json'),
    `${JSON.stringify(pluginPackageJson(project, shipped, ours), null, 2)}\n`,
  );
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  process.stderr.write(`manifests: ${(error as Error).message}\n`);
  process.exitCode = 2;
});
