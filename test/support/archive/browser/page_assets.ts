// Builds the test page's own scripts: Kibana's shared dependencies (window.__kbnSharedDeps__) and the core
// double, as classic scripts like the ones Kibana serves before any plugin bundle.
import { build } from 'esbuild';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');

export interface PageAssets {
  sharedDeps: string;
  core: string;
}

export async function buildPageAssets(outDir: string): Promise<PageAssets> {
  const sharedDeps = path.join(outDir, 'kbn-ui-shared-deps-src.js');
  const core = path.join(outDir, 'core.entry.js');
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    format: 'iife' as const,
    platform: 'browser' as const,
    target: ['es2020'],
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'silent' as const,
  };
  await build({
    ...common,
    entryPoints: [path.join(__dirname, 'shared_deps_entry.js')],
    outfile: sharedDeps,
  });
  await build({ ...common, entryPoints: [path.join(__dirname, 'core_entry.ts')], outfile: core });
  return { sharedDeps, core };
}
