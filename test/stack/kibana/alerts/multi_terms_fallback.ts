// `multi_terms` for an engine without it: the embedded Elasticsearch lacks the analytics module that provides this
// aggregation (real clusters and OpenSearch have it), so the emulated signals search asks for nested `terms` instead
// and folds their buckets back into multi_terms buckets (key array, `a|b` key_as_string, most frequent first).

type Json = Record<string, unknown>;

/** Per nested level: enough buckets to count every combination the small test alerts indices hold. */
const NESTED_SIZE = 10_000;
const NESTED_PREFIX = 'multi_terms_fallback_';

/** True when the engine refused a search because it does not know the aggregation. */
export function isMissingMultiTerms(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /unknown aggregation type \[multi_terms\]|unknown field \[multi_terms\]/i.test(message);
}

/** The search body with every multi_terms aggregation replaced by nested terms aggregations. */
export function withoutMultiTerms(search: Json): Json {
  return { ...search, ...(isObject(search.aggs) ? { aggs: rewriteAggs(search.aggs) } : {}) };
}

/** The response of a rewritten search, with multi_terms buckets where the original asked for them. */
export function foldMultiTerms(original: Json, response: Json): Json {
  if (!isObject(original.aggs) || !isObject(response.aggregations)) return response;
  return { ...response, aggregations: foldAggs(original.aggs, response.aggregations) };
}

function rewriteAggs(aggs: Json): Json {
  return Object.fromEntries(
    Object.entries(aggs).map(([name, definition]) => [name, rewriteAgg(definition)]),
  );
}

function rewriteAgg(definition: unknown): unknown {
  if (!isObject(definition)) return definition;
  const multi = definition.multi_terms;
  if (isObject(multi)) {
    if (definition.aggs !== undefined || definition.aggregations !== undefined) {
      throw new Error('the multi_terms fallback does not support sub-aggregations');
    }
    const fields = (multi.terms as Array<{ field: string }>).map((term) => term.field);
    return nestedTerms(fields);
  }
  const sub = definition.aggs ?? definition.aggregations;
  return isObject(sub) ? { ...definition, aggs: rewriteAggs(sub) } : definition;
}

/** `terms` on the first field holding `terms` on the next, down to the last field. */
function nestedTerms(fields: string[]): Json {
  const [field, ...rest] = fields;
  return {
    terms: { field, size: NESTED_SIZE },
    ...(rest.length > 0 ? { aggs: { [`${NESTED_PREFIX}${rest.length}`]: nestedTerms(rest) } } : {}),
  };
}

function foldAggs(originalAggs: Json, results: Json): Json {
  const folded: Json = { ...results };
  for (const [name, definition] of Object.entries(originalAggs)) {
    const result = results[name];
    if (!isObject(definition) || !isObject(result)) continue;
    if (isObject(definition.multi_terms)) {
      folded[name] = multiTermsResult(definition.multi_terms, result);
      continue;
    }
    const sub = definition.aggs ?? definition.aggregations;
    if (isObject(sub)) folded[name] = foldAggs(sub, result);
  }
  return folded;
}

interface Combination {
  key: unknown[];
  doc_count: number;
}

function multiTermsResult(multi: Json, nested: Json): Json {
  const combinations: Combination[] = [];
  collect(nested, [], combinations);
  // multi_terms orders by document count, ties by key, like terms does.
  combinations.sort(
    (a, b) => b.doc_count - a.doc_count || a.key.join('|').localeCompare(b.key.join('|')),
  );
  const size = typeof multi.size === 'number' ? multi.size : 10;
  const kept = combinations.slice(0, size);
  const total = combinations.reduce((sum, c) => sum + c.doc_count, 0);
  return {
    doc_count_error_upper_bound: 0,
    sum_other_doc_count: total - kept.reduce((sum, c) => sum + c.doc_count, 0),
    buckets: kept.map((c) => ({
      key: c.key,
      key_as_string: c.key.map(String).join('|'),
      doc_count: c.doc_count,
    })),
  };
}

function collect(level: Json, prefix: unknown[], into: Combination[]): void {
  const buckets = Array.isArray(level.buckets) ? (level.buckets as Json[]) : [];
  for (const bucket of buckets) {
    const key = [...prefix, bucket.key];
    const deeper = Object.entries(bucket).find(([name]) => name.startsWith(NESTED_PREFIX));
    if (deeper && isObject(deeper[1])) collect(deeper[1], key, into);
    else into.push({ key, doc_count: Number(bucket.doc_count) });
  }
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
