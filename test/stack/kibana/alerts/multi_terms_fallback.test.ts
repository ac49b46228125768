// Unit tests of the multi_terms stand-in: the nested terms it asks for and the multi_terms buckets it folds back.
import { foldMultiTerms, isMissingMultiTerms, withoutMultiTerms } from './multi_terms_fallback';

const search = {
  size: 0,
  aggs: {
    in_range: {
      filter: { match_all: {} },
      aggs: {
        top_pairs: { multi_terms: { terms: [{ field: 'a' }, { field: 'b' }], size: 2 } },
      },
    },
  },
};

describe('multi_terms fallback', () => {
  it('recognises the engine refusing the aggregation', () => {
    expect(isMissingMultiTerms(new Error('Unknown aggregation type [multi_terms]'))).toBe(true);
    expect(isMissingMultiTerms(new Error('index_not_found_exception'))).toBe(false);
  });

  it('asks for nested terms and folds them into multi_terms buckets, most frequent first', () => {
    const rewritten = withoutMultiTerms(search) as typeof search & {
      aggs: { in_range: { aggs: { top_pairs: unknown } } };
    };
    expect(rewritten.aggs.in_range.aggs.top_pairs).toEqual({
      terms: { field: 'a', size: 10_000 },
      aggs: { multi_terms_fallback_1: { terms: { field: 'b', size: 10_000 } } },
    });
    const response = {
      aggregations: {
        in_range: {
          doc_count: 6,
          top_pairs: {
            buckets: [
              {
                key: 'x',
                doc_count: 4,
                multi_terms_fallback_1: {
                  buckets: [
                    { key: 'p', doc_count: 1 },
                    { key: 'q', doc_count: 3 },
                  ],
                },
              },
              {
                key: 'y',
                doc_count: 2,
                multi_terms_fallback_1: { buckets: [{ key: 'p', doc_count: 2 }] },
              },
            ],
          },
        },
      },
    };
    const folded = foldMultiTerms(search, response) as typeof response & {
      aggregations: { in_range: { doc_count: number; top_pairs: unknown } };
    };
    expect(folded.aggregations.in_range.doc_count).toBe(6);
    expect(folded.aggregations.in_range.top_pairs).toEqual({
      doc_count_error_upper_bound: 0,
      sum_other_doc_count: 1,
      buckets: [
        { key: ['x', 'q'], key_as_string: 'x|q', doc_count: 3 },
        { key: ['y', 'p'], key_as_string: 'y|p', doc_count: 2 },
      ],
    });
  });
});
