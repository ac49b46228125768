// esbuild options every browser build of the panel shares: the installable Kibana bundle, its page-load
// measurement and the standalone page are built from the same sources for the same browsers.
import type { BuildOptions } from 'esbuild';
import path from 'node:path';

/** Minified production code for ES2020 browsers, React's automatic JSX, a metafile for the size reports. */
export function browserBuildOptions(root: string): BuildOptions {
  return {
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    sourcemap: false,
    metafile: true,
    legalComments: 'none',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: path.join(root, 'tsconfig.json'),
  };
}
