// A stand-in for a Kibana distribution's directory: plugins/ for installed archives and node_modules/ with what
// Kibana itself provides to plugin server code (its @elastic/elasticsearch, io-ts and fp-ts, taken from this
// project, and @kbn/config-schema as this project's test double), so a plugin resolves modules as it would there.
import { build } from 'esbuild';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const FROM_PROJECT = ['@elastic/elasticsearch', 'io-ts', 'fp-ts'];

export interface KibanaHome {
  dir: string;
  version: string;
  remove(): Promise<void>;
}

export async function createKibanaHome(version: string): Promise<KibanaHome> {
  // Outside the project, so nothing resolves from the project's own node_modules by accident.
  const base = await mkdtemp(path.join(tmpdir(), 'kibana-home-'));
  const dir = path.join(base, `kibana-${version}`);
  await mkdir(path.join(dir, 'plugins'), { recursive: true });
  for (const pkg of FROM_PROJECT) {
    const link = path.join(dir, 'node_modules', pkg);
    await mkdir(path.dirname(link), { recursive: true });
    await symlink(path.join(ROOT, 'node_modules', pkg), link, 'dir');
  }
  const schema = path.join(dir, 'node_modules/@kbn/config-schema');
  await build({
    entryPoints: [path.join(ROOT, 'test/support/kibana/kbn_config_schema.ts')],
    outfile: path.join(schema, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
  });
  await writeFile(
    path.join(schema, 'package.json'),
    JSON.stringify({ name: '@kbn/config-schema', version, main: 'index.js' }),
  );
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'kibana', version }));
  return { dir, version, remove: () => rm(base, { recursive: true, force: true }) };
}
