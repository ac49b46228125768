/** @jest-environment node */
// The Kibana page-load entry must stay tiny: only registration code, the panel behind a dynamic import.
import { build } from 'esbuild';
import type { Metafile } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { PAGE_LOAD_BUDGET_BYTES, PLUGIN_ENTRY, pluginBuildOptions } from '../scripts/build_ui';

type Output = Metafile['outputs'][string];

/** The entry and every chunk it imports statically: what Kibana loads with the page. */
function pageLoadFiles(outputs: Record<string, Output>): string[] {
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint === PLUGIN_ENTRY);
  if (!entry) throw new Error('no entry output');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of outputs[file].imports) {
      if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
    }
  };
  visit(entry);
  return [...seen];
}

describe('Kibana page-load bundle', () => {
  it('is under its size goal and loads the panel only on demand', async () => {
    const result = await build({ ...pluginBuildOptions('target/public/plugin'), write: false });
    const outputs = result.metafile?.outputs ?? {};
    const files = pageLoadFiles(outputs);

    const gzipBytes = files
      .map(
        (file) =>
          result.outputFiles?.find((out) => out.path.endsWith(file))?.contents ?? new Uint8Array(),
      )
      .reduce((sum, contents) => sum + gzipSync(contents).length, 0);
    expect(gzipBytes).toBeGreaterThan(0);
    expect(gzipBytes).toBeLessThanOrEqual(PAGE_LOAD_BUDGET_BYTES);

    const inputs = files.flatMap((file) => Object.keys(outputs[file].inputs));
    expect(inputs).toContain('public/plugin.ts');
    expect(
      inputs.filter(
        (input) => input.startsWith('public/components/') || input.includes('node_modules'),
      ),
    ).toEqual([]);
    const entry = files[0];
    const lazy = outputs[entry].imports.filter((imported) => imported.kind === 'dynamic-import');
    expect(lazy.some((imported) => /application-/.test(imported.path))).toBe(true);
  });
});
