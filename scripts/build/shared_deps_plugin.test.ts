import { build } from 'esbuild';
import path from 'node:path';
import { bundledInputs, kibanaSharedDepsPlugin } from './shared_deps_plugin';

const root = path.resolve(__dirname, '../..');

async function bundle(source: string) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'probe.ts', loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [kibanaSharedDepsPlugin()],
  });
  return { code: result.outputFiles[0].text, inputs: bundledInputs(result.metafile) };
}

describe('kibanaSharedDepsPlugin', () => {
  it('reads shared deps from window.__kbnSharedDeps__, nested ones included', async () => {
    const { code, inputs } = await bundle(
      "import { useState } from 'react'; import { EuiButton } from '@elastic/eui'; import { isLeft } from 'fp-ts/Either';\n" +
        'console.log(useState, EuiButton, isLeft);',
    );
    expect(code).toContain('shared && shared.React');
    expect(code).toContain('shared && shared.ElasticEui');
    expect(code).toContain('shared && shared.FpTs && shared.FpTs.either');
    expect(inputs).toEqual({ packages: [], sharedCopies: [] });
  });

  it('bundles only the forwarding entries of react/jsx-runtime and react-dom/client', async () => {
    const { code, inputs } = await bundle(
      "import { jsx } from 'react/jsx-runtime'; import { createRoot } from 'react-dom/client';\n" +
        'console.log(jsx, createRoot);',
    );
    expect(inputs.packages).toEqual(['react', 'react-dom']);
    expect(inputs.sharedCopies).toEqual([]);
    expect(code).not.toContain('react.forward_ref');
  });

  it('refuses a deep import that would bundle a copy of a shared package', async () => {
    await expect(bundle("import '@elastic/eui/lib/components/button';")).rejects.toThrow(
      /would bundle a copy of @elastic\/eui, which Kibana provides/,
    );
  });

  it('reports shared package files found in a bundle', () => {
    const metafile = {
      inputs: {
        'node_modules/react/cjs/react.production.min.js': { bytes: 1, imports: [] },
        'node_modules/react/jsx-runtime.js': { bytes: 1, imports: [] },
        'node_modules/smol-toml/dist/index.js': { bytes: 1, imports: [] },
      },
      outputs: {},
    };
    expect(bundledInputs(metafile)).toEqual({
      packages: ['react', 'smol-toml'],
      sharedCopies: ['react/cjs/react.production.min.js'],
    });
  });
});
