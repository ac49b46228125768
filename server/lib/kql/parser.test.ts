// The parser on the grammar's corners: precedence, keywords in any case, value lists, nested groups, escapes,
// whitespace, and Kibana's error messages with their offsets.

import { KqlSyntaxError, LEADING_WILDCARDS_DISABLED, parseKql } from './parser';
import type { KqlNode, KqlTerm } from './syntax';
import { ANY_FIELD, literal, wildcard } from './syntax';

const is = (field: KqlTerm, value: KqlTerm): KqlNode => ({ kind: 'is', field, value });
const fv = (field: string, value: string): KqlNode => is(literal(field), literal(value));

function syntaxError(text: string, allowLeadingWildcards = true): KqlSyntaxError {
  try {
    parseKql(text, { allowLeadingWildcards });
  } catch (error) {
    if (error instanceof KqlSyntaxError) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(text)} parsed`);
}

describe('parseKql', () => {
  it('reads an empty query as match-all', () => {
    const all = is(wildcard(['', '']), wildcard(['', '']));
    expect(parseKql('')).toStrictEqual(all);
    expect(parseKql(' \t\n')).toStrictEqual(all);
    expect(parseKql('*:*')).toStrictEqual(all);
  });

  it('binds not tighter than and, and and tighter than or; keywords in any case', () => {
    expect(parseKql('NOT a:1 AnD b:2 oR c:3')).toStrictEqual({
      kind: 'or',
      children: [
        { kind: 'and', children: [{ kind: 'not', child: fv('a', '1') }, fv('b', '2')] },
        fv('c', '3'),
      ],
    });
    expect(parseKql('a:1 and (b:2 or c:3)')).toStrictEqual({
      kind: 'and',
      children: [fv('a', '1'), { kind: 'or', children: [fv('b', '2'), fv('c', '3')] }],
    });
  });

  it('applies a field to every value of a list', () => {
    expect(parseKql('f: (a or not (b and c))')).toStrictEqual({
      kind: 'or',
      children: [
        fv('f', 'a'),
        { kind: 'not', child: { kind: 'and', children: [fv('f', 'b'), fv('f', 'c')] } },
      ],
    });
  });

  it('reads nested groups, ranges and wildcards in names and values', () => {
    expect(parseKql('items:{ sku: A* and qty >= 2 }')).toStrictEqual({
      kind: 'nested',
      path: literal('items'),
      query: {
        kind: 'and',
        children: [
          is(literal('sku'), wildcard(['A', ''])),
          { kind: 'range', field: literal('qty'), operator: 'gte', value: literal('2') },
        ],
      },
    });
    expect(parseKql('event.*: x*y*')).toStrictEqual(
      is(wildcard(['event.', '']), wildcard(['x', 'y', ''])),
    );
  });

  it('keeps numbers as text and reads true, false and null unquoted only', () => {
    expect(parseKql('a: 070')).toStrictEqual(fv('a', '070'));
    expect(parseKql('a: true')).toStrictEqual(is(literal('a'), literal(true)));
    expect(parseKql('a: "null"')).toStrictEqual(is(literal('a'), literal('null', true)));
    expect(parseKql('null')).toStrictEqual(is(ANY_FIELD, literal(null)));
  });

  it('decodes escapes outside and inside quotes', () => {
    expect(parseKql('a\\:b: \\(x\\) \\* \\u0041 \\or \\t')).toStrictEqual(
      is(literal('a:b'), literal('(x) * A or')),
    );
    expect(parseKql('a: "x\\"y\\\\z\\q"')).toStrictEqual(
      is(literal('a'), literal('x"y\\z\\q', true)),
    );
    // `\n` wins over the escaped keyword `\not`: a line break, then "ot".
    expect(parseKql('a: x\\not')).toStrictEqual(fv('a', 'x\not'));
    expect(parseKql('a: x \\NOT y')).toStrictEqual(fv('a', 'x NOT y'));
  });

  it('keeps inner spaces of a value and stops a value at a keyword', () => {
    expect(parseKql('a : b  c ')).toStrictEqual(fv('a', 'b  c'));
    expect(parseKql('a: b or c')).toStrictEqual({
      kind: 'or',
      children: [fv('a', 'b'), is(ANY_FIELD, literal('c'))],
    });
    expect(parseKql('a: b\u00a0and\u00a0c:d')).toStrictEqual({
      kind: 'and',
      children: [fv('a', 'b'), fv('c', 'd')],
    });
  });

  it("fails with Kibana's message, the query and a caret", () => {
    // No "whitespace" here: the probe for a keyword while reading `d` already tried the end (a cached miss).
    const error = syntaxError('a:b and (c:d');
    expect(error.message).toBe(
      'Expected ")", AND, OR but end of input found.\na:b and (c:d\n------------^',
    );
    expect(error.shortMessage).toBe('Expected ")", AND, OR but end of input found.');
    expect(error.offset).toBe(12);
    expect(error.found).toBeNull();
    expect(error.name).toBe('KQLSyntaxError');
    expect(syntaxError('a:{b:c').shortMessage).toBe(
      'Expected "}", AND, OR but end of input found.',
    );
    expect(syntaxError('a < > 1').shortMessage).toBe('Expected literal, whitespace but ">" found.');
    expect(syntaxError('a < > 1').offset).toBe(4);
  });

  it('refuses a leading wildcard value only when asked, pointing at the value', () => {
    expect(parseKql('a: *b')).toStrictEqual(is(literal('a'), wildcard(['', 'b'])));
    const error = syntaxError('x:y and a: *b', false);
    expect(error.shortMessage).toBe(LEADING_WILDCARDS_DISABLED);
    expect(error.offset).toBe(11);
    // A lone star is an exists query, and field names may start with a star.
    expect(() => parseKql('a: * and *b: c', { allowLeadingWildcards: false })).not.toThrow();
  });
});
