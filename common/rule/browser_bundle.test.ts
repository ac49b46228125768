// The rule package must load in the browser: it bundles for the browser platform with no Node built-in, and the
// bundle parses and hashes the bundled rule in a bare JavaScript context.
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { BUNDLED_TOML } from '../../test/support/bundled_rule_text';

describe('common/rule in the browser', () => {
  it('bundles without Node APIs and builds the rule from its TOML text', async () => {
    const result = await build({
      entryPoints: [join(__dirname, 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'rule',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/require\("(node:)?(fs|path|crypto|os)"\)/);

    const toml = BUNDLED_TOML;
    // Only what browsers provide: no require, no process, no Buffer.
    const sandbox = { TextEncoder, btoa, toml, out: '' };
    runInNewContext(`${code}\nout = rule.buildRule(rule.loadRuleDefinition(toml)).hash;`, sandbox);
    expect(sandbox.out).toBe('1531a1d1f980b959ce58e42c0fb6a88915457be59be0697a2a52c266a55d4f25');
  });
});
