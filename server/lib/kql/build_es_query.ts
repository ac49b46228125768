// Kibana's buildEsQuery: KQL (and Lucene) queries plus filters combined into one `bool` query.

import type { EsBoolClauses, EsQuery, JsonObject } from './dsl';
import type { KqlFieldList } from './fields';
import { parseKql } from './parser';
import type { KqlQueryConfig } from './query_config';
import { timeZoneFromSettings } from './time_zone';
import { toElasticsearchQuery } from './to_es_query';

export interface EsQueryInput {
  readonly query: string;
  /** `kuery` (KQL) or `lucene`; other languages are ignored, as in Kibana. */
  readonly language: string;
}

/** A Kibana filter (`meta` + `query`, or `meta` + a clause) or a plain DSL clause. */
export interface EsFilterInput {
  readonly meta?: { readonly disabled?: boolean; readonly negate?: boolean };
  readonly query?: EsQuery;
  readonly [clause: string]: unknown;
}

export interface EsQueryConfig extends KqlQueryConfig {
  /** Parser option; false unless given (buildEsQuery's default, unlike the bare parser's). */
  readonly allowLeadingWildcards?: boolean;
  /** Merged into Lucene `query_string` clauses only. */
  readonly queryStringOptions?: JsonObject;
  /** Accepted for Kibana compatibility; only changes filters on fields outside the field list, which are kept. */
  readonly ignoreFilterIfFieldNotInIndex?: boolean;
}

const DEFAULT_CONFIG: EsQueryConfig = {
  allowLeadingWildcards: false,
  queryStringOptions: {},
  ignoreFilterIfFieldNotInIndex: false,
};

/**
 * `{bool: {must, filter, should, must_not}}` for the given queries and filters. KQL queries are and-ed into `filter`
 * (`must` with filtersInMustClause), Lucene queries go to `must`, filters to `filter` / `must_not` (negated), and
 * top-level `match_all` clauses are dropped. Throws KqlSyntaxError for malformed KQL.
 */
export function buildEsQuery(
  fields: KqlFieldList | undefined,
  queries: EsQueryInput | readonly EsQueryInput[],
  filters: EsFilterInput | readonly EsFilterInput[] = [],
  config: EsQueryConfig = DEFAULT_CONFIG,
): { bool: EsBoolClauses } {
  const queryList = Array.isArray(queries) ? queries : [queries as EsQueryInput];
  const filterList = Array.isArray(filters) ? filters : [filters as EsFilterInput];
  const kuery = kueryClauses(
    fields,
    queryList.filter((q) => q.language === 'kuery'),
    config,
  );
  const lucene = luceneClauses(
    queryList.filter((q) => q.language === 'lucene'),
    config,
  );
  const filter = filterClauses(filterList);
  return {
    bool: {
      must: removeMatchAll([...kuery.must, ...lucene.must, ...filter.must]),
      filter: removeMatchAll([...kuery.filter, ...lucene.filter, ...filter.filter]),
      should: removeMatchAll([...kuery.should, ...lucene.should, ...filter.should]),
      must_not: [...kuery.must_not, ...lucene.must_not, ...filter.must_not],
    },
  };
}

function kueryClauses(
  fields: KqlFieldList | undefined,
  queries: readonly EsQueryInput[],
  config: EsQueryConfig,
): EsBoolClauses {
  const allowLeadingWildcards = config.allowLeadingWildcards ?? false;
  const nodes = queries.map((q) => parseKql(q.query, { allowLeadingWildcards }));
  const kqlConfig: KqlQueryConfig = {
    dateFormatTZ: config.dateFormatTZ,
    filtersInMustClause: config.filtersInMustClause ?? false,
    nestedIgnoreUnmapped: config.nestedIgnoreUnmapped,
    caseInsensitive: config.caseInsensitive,
  };
  // All KQL queries are and-ed: one `bool` whose filter (or must) list holds each query's clause.
  const combined = toElasticsearchQuery({ kind: 'and', children: nodes }, fields, kqlConfig);
  return {
    must: [],
    filter: [],
    should: [],
    must_not: [],
    ...(combined.bool as Partial<EsBoolClauses>),
  };
}

function luceneClauses(queries: readonly EsQueryInput[], config: EsQueryConfig): EsBoolClauses {
  const must = queries.map((q): EsQuery => {
    if (q.query.trim() === '') return { match_all: {} };
    // The options override what is there; the time zone only fills a gap (Kibana's decorateQuery).
    const queryString: JsonObject = { query: q.query, ...config.queryStringOptions };
    if (config.dateFormatTZ && queryString.time_zone === undefined) {
      queryString.time_zone = timeZoneFromSettings(config.dateFormatTZ);
    }
    return { query_string: queryString };
  });
  return { must, filter: [], should: [], must_not: [] };
}

function filterClauses(filters: readonly EsFilterInput[]): EsBoolClauses {
  const active = filters.filter((f) => f.meta?.disabled !== true);
  const toQuery = (f: EsFilterInput): EsQuery => {
    if (f.query !== undefined) return f.query;
    // Kibana's cleanFilter: the clause without its bookkeeping keys.
    return Object.fromEntries(
      Object.entries(f).filter(([key]) => key !== 'meta' && key !== '$state'),
    ) as JsonObject;
  };
  return {
    must: [],
    filter: active.filter((f) => f.meta?.negate !== true).map(toQuery),
    should: [],
    must_not: active.filter((f) => f.meta?.negate === true).map(toQuery),
  };
}

function removeMatchAll(clauses: EsQuery[]): EsQuery[] {
  return clauses.filter((c) => !isMatchAll(c));
}

function isMatchAll(clause: EsQuery): boolean {
  const keys = Object.keys(clause);
  const inner = clause.match_all;
  return (
    keys.length === 1 &&
    keys[0] === 'match_all' &&
    typeof inner === 'object' &&
    inner !== null &&
    !Array.isArray(inner) &&
    Object.keys(inner).length === 0
  );
}
