// Property tests: printed trees parse back to themselves; arbitrary text never breaks the parser, and stays fast.

import fc from 'fast-check';
import { KqlSyntaxError, MAX_NESTING_DEPTH, parseKql } from './parser';
import type { KqlNode, KqlRangeOperator, KqlTerm } from './syntax';
import { ANY_FIELD, literal, toKqlExpression, wildcard } from './syntax';

// Pieces that exercise escapes, keywords, whitespace rules and special characters.
const PIECES = [
  'a',
  'b',
  'x',
  'Z',
  '0',
  '7',
  '-',
  '.',
  '_',
  '@',
  'é',
  '😀',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  'or',
  'and',
  'not',
  'OR',
  'And',
  'NOT',
  ' or ',
  ' and ',
  'not ',
  'cannot ',
  'true',
  'null',
  '(',
  ')',
  ':',
  '<',
  '>',
  '=',
  '"',
  '\\',
  '*',
  '{',
  '}',
  '\\t',
  'u0041',
  '\\u0041',
];
const text = fc.string({ unit: fc.constantFrom(...PIECES), minLength: 1, maxLength: 8 });
const trimmed = (s: string) => s !== '' && s === s.trim();

const unquoted: fc.Arbitrary<KqlTerm> = text
  .filter((s) => trimmed(s) && s !== 'true' && s !== 'false' && s !== 'null')
  .map((s) => literal(s));
const quoted: fc.Arbitrary<KqlTerm> = fc
  .string({ unit: fc.constantFrom(...PIECES), maxLength: 8 })
  .map((s) => literal(s, true));
const keywordLiteral: fc.Arbitrary<KqlTerm> = fc.constantFrom(
  literal(true),
  literal(false),
  literal(null),
);
const wildcardTerm: fc.Arbitrary<KqlTerm> = fc
  .array(fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 4 }), {
    minLength: 2,
    maxLength: 4,
  })
  .filter(
    (parts) =>
      parts[0] === parts[0].trimStart() &&
      parts[parts.length - 1] === parts[parts.length - 1].trimEnd(),
  )
  .map((parts) => wildcard(parts));

const term = fc.oneof(unquoted, quoted, keywordLiteral, wildcardTerm);
const fieldTerm = fc.oneof(
  { weight: 3, arbitrary: term },
  { weight: 1, arbitrary: fc.constant(ANY_FIELD) },
);
// Plain objects, so strict equality compares like with like.
const PLAIN = { noNullPrototype: true };
const operator = fc.constantFrom<KqlRangeOperator>('gt', 'gte', 'lt', 'lte');

const { node } = fc.letrec<{ node: KqlNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('is' as const), field: fieldTerm, value: term }, PLAIN),
    fc.record({ kind: fc.constant('range' as const), field: term, operator, value: term }, PLAIN),
    fc.record({ kind: fc.constant('nested' as const), path: term, query: tie('node') }, PLAIN),
    fc.record({ kind: fc.constant('not' as const), child: tie('node') }, PLAIN),
    fc.record(
      {
        kind: fc.constant('and' as const),
        children: fc.array(tie('node'), { minLength: 2, maxLength: 3 }),
      },
      PLAIN,
    ),
    fc.record(
      {
        kind: fc.constant('or' as const),
        children: fc.array(tie('node'), { minLength: 2, maxLength: 3 }),
      },
      PLAIN,
    ),
  ),
}));

describe('KQL parser properties', () => {
  it('parses a printed tree back to the same tree', () => {
    fc.assert(
      fc.property(node, (tree) => {
        const printed = toKqlExpression(tree);
        expect(parseKql(printed)).toStrictEqual(tree);
      }),
      { numRuns: 3000 },
    );
  });

  const garbage = fc.oneof(
    fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 400 }),
    fc.string({ unit: 'grapheme', maxLength: 400 }),
    fc.string({ unit: 'binary', maxLength: 400 }),
  );

  it('throws nothing but KqlSyntaxError on arbitrary text', () => {
    fc.assert(
      fc.property(garbage, fc.boolean(), (input, allowLeadingWildcards) => {
        try {
          parseKql(input, { allowLeadingWildcards });
        } catch (error) {
          expect(error).toBeInstanceOf(KqlSyntaxError);
          const syntaxError = error as KqlSyntaxError;
          expect(syntaxError.offset).toBeGreaterThanOrEqual(0);
          expect(syntaxError.offset).toBeLessThanOrEqual(input.length);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('takes a few milliseconds per kilobyte at most', () => {
    const big = fc.string({ unit: fc.constantFrom(...PIECES), minLength: 1500, maxLength: 3000 });
    let worst = 0;
    fc.assert(
      fc.property(big, (input) => {
        const started = process.hrtime.bigint();
        try {
          parseKql(input);
        } catch (error) {
          if (!(error instanceof KqlSyntaxError)) throw error;
        }
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        worst = Math.max(worst, ms / (input.length / 1024));
      }),
      { numRuns: 300 },
    );
    // Typically well under 1 ms/KB; the bound leaves room for a busy machine.
    expect(worst).toBeLessThan(25);
  });

  it('refuses nesting deeper than the limit with a syntax error, not a stack overflow', () => {
    for (const opener of ['(', 'a:(', 'a:{']) {
      const deep = opener.repeat(MAX_NESTING_DEPTH * 50);
      expect(() => parseKql(deep)).toThrow(KqlSyntaxError);
    }
    const ok = `${'('.repeat(MAX_NESTING_DEPTH)}a:b${')'.repeat(MAX_NESTING_DEPTH)}`;
    expect(parseKql(ok)).toStrictEqual({ kind: 'is', field: literal('a'), value: literal('b') });
    const tooDeep = `${'('.repeat(MAX_NESTING_DEPTH + 1)}a:b${')'.repeat(MAX_NESTING_DEPTH + 1)}`;
    expect(() => parseKql(tooDeep)).toThrow(/more than 200 levels/);
  });

  it('stays linear on long flat input', () => {
    for (const unit of ['a or ', 'a:b and ', 'x ', 'a:(b or ', '"q" or ', 'not (']) {
      const input = unit.repeat(Math.ceil(200_000 / unit.length));
      const started = Date.now();
      try {
        parseKql(input);
      } catch (error) {
        expect(error).toBeInstanceOf(KqlSyntaxError);
      }
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });
});
