// buildEsQuery beyond the vectors: several queries, Lucene, filters, match_all removal and the config defaults.

import { fieldsFromSpec } from './fields';
import { KqlSyntaxError } from './parser';
import { buildEsQuery } from './translate';

const fields = fieldsFromSpec({ k: 'keyword', d: 'date' });
const k = (value: string) => ({
  bool: { should: [{ term: { k: { value } } }], minimum_should_match: 1 },
});

describe('buildEsQuery', () => {
  it('puts each KQL query in filter (they are and-ed) and drops match-all clauses', () => {
    expect(
      buildEsQuery(fields, [
        { query: 'k: a', language: 'kuery' },
        { query: '', language: 'kuery' },
        { query: 'k: b', language: 'kuery' },
      ]),
    ).toStrictEqual({
      bool: {
        must: [],
        filter: [k('a'), k('b')],
        should: [],
        must_not: [],
      },
    });
    // A lone empty query is the match-all that gets dropped.
    expect(buildEsQuery(fields, { query: '  ', language: 'kuery' })).toStrictEqual({
      bool: { must: [], filter: [], should: [], must_not: [] },
    });
  });

  it('refuses leading wildcards unless allowed, unlike the bare parser', () => {
    expect(() => buildEsQuery(fields, { query: 'k: *a', language: 'kuery' })).toThrow(
      KqlSyntaxError,
    );
    expect(() => buildEsQuery(fields, { query: 'k: *a', language: 'kuery' }, [], {})).toThrow(
      KqlSyntaxError,
    );
    expect(
      buildEsQuery(fields, { query: 'k: *a', language: 'kuery' }, [], {
        allowLeadingWildcards: true,
      }).bool.filter,
    ).toStrictEqual([
      { bool: { should: [{ wildcard: { k: { value: '*a' } } }], minimum_should_match: 1 } },
    ]);
  });

  it('puts Lucene in must with its options, and ignores other languages', () => {
    expect(
      buildEsQuery(
        fields,
        [
          { query: 'k:a AND d:[now-1d TO now]', language: 'lucene' },
          { query: 'FROM logs', language: 'esql' },
        ],
        [],
        {
          queryStringOptions: { analyze_wildcard: true, time_zone: 'UTC' },
          dateFormatTZ: 'Europe/Paris',
        },
      ),
    ).toStrictEqual({
      bool: {
        must: [
          {
            query_string: {
              query: 'k:a AND d:[now-1d TO now]',
              analyze_wildcard: true,
              time_zone: 'UTC',
            },
          },
        ],
        filter: [],
        should: [],
        must_not: [],
      },
    });
  });

  it('adds filters after the queries, negated ones to must_not, disabled ones nowhere', () => {
    const result = buildEsQuery(
      fields,
      { query: 'k: a', language: 'kuery' },
      [
        { meta: { negate: false }, query: { term: { x: 1 } } },
        { meta: { negate: true }, range: { d: { gte: 'now-1h' } }, $state: { store: 'appState' } },
        { meta: { disabled: true, negate: true }, query: { term: { y: 1 } } },
        { match_all: {} },
      ],
      { filtersInMustClause: true },
    );
    expect(result).toStrictEqual({
      bool: {
        must: [k('a')],
        filter: [{ term: { x: 1 } }],
        should: [],
        must_not: [{ range: { d: { gte: 'now-1h' } } }],
      },
    });
  });
});
