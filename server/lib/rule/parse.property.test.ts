// The TOML codec fuzzed: the bundled rule with slices cut out, pasted twice or replaced by hostile text, and
// arbitrary text, always end in a definition or a list of problems in words — never a throw, never slow.
import fc from 'fast-check';
import { BUNDLED_TOML } from '../../../test/support/bundled_rule_text';
import { parseRuleToml } from './parse';

const HOSTILE = [
  '',
  '\u0000',
  '"""',
  "'''",
  '[rule]',
  '[[rule.threat]]',
  'type = 1e999',
  '__proto__ = 1',
  '[__proto__]\npolluted = 1',
  'constructor = "x"',
  'from = "now-99999999999999d"',
  'query = "a and ("',
  '😀',
  '\ud800',
  'x'.repeat(100_000),
  '= = =',
  '[rule.new_terms]\nvalue = []',
];

const mutated = fc
  .tuple(
    fc.nat({ max: BUNDLED_TOML.length }),
    fc.nat({ max: 2_000 }),
    fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 50 })),
  )
  .map(
    ([at, length, insert]) => BUNDLED_TOML.slice(0, at) + insert + BUNDLED_TOML.slice(at + length),
  );

describe('parseRuleToml on hostile text', () => {
  it('answers a definition or problems for the bundled rule mutated and for arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string({ unit: 'binary', maxLength: 500 })), (text) => {
        const started = Date.now();
        const result = parseRuleToml(text);
        expect(Date.now() - started).toBeLessThan(1_000);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect(typeof problem.message).toBe('string');
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1_000 },
    );
  }, 120_000);
});
