// Translation: a KQL tree → Elasticsearch query DSL with Kibana's semantics. toElasticsearchQuery translates one
// tree (is, range, nested, and, or, not); buildEsQuery combines KQL and Lucene queries and filters into one `bool`.

import type { KqlField, KqlFieldList } from './fields';
import { matchingFields, resolveFieldName } from './fields';
import { parseKql } from './parser';
import type { KqlIs, KqlNested, KqlNode, KqlRange, KqlTerm, KqlWildcard } from './syntax';
import { isLoneWildcard, termValue } from './syntax';

// The DSL the translator builds, kept as plain JSON: values may be strings, booleans or null.

type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** One query DSL clause, e.g. `{ bool: { filter: [...] } }`. */
export type EsQuery = JsonObject;

/** The four clause lists of a `bool` query, as Kibana's buildEsQuery returns them. */
export type EsBoolClauses = {
  must: EsQuery[];
  filter: EsQuery[];
  should: EsQuery[];
  must_not: EsQuery[];
};

// Options of the translation (Kibana's KueryQueryOptions) and the context a nested group passes down.

interface KqlQueryConfig {
  /** Time zone for date clauses (`time_zone`), e.g. "UTC", "Zulu", "Europe/Berlin"; "Browser" = local zone. */
  readonly dateFormatTZ?: string;
  /** When a boolean (false included), copied as `case_insensitive` into keyword `term` / `wildcard` clauses. */
  readonly caseInsensitive?: boolean;
  /** When a boolean, copied as `ignore_unmapped` into every `nested` query. */
  readonly nestedIgnoreUnmapped?: boolean;
  /** `and` goes to `bool.must` instead of `bool.filter` (scoring contexts). */
  readonly filtersInMustClause?: boolean;
}

/** Set inside `path: { … }`: field names are relative to the group's full path. */
interface KqlContext {
  readonly nested?: { readonly path: string };
}

/** The `ignore_unmapped` part of a nested query, present only when the option is a boolean. */
function ignoreUnmapped(config: KqlQueryConfig): { ignore_unmapped?: boolean } {
  return typeof config.nestedIgnoreUnmapped === 'boolean'
    ? { ignore_unmapped: config.nestedIgnoreUnmapped }
    : {};
}

/** The `case_insensitive` part of keyword clauses, present only when the option is a boolean. */
function caseInsensitivity(config: KqlQueryConfig): { case_insensitive?: boolean } {
  return typeof config.caseInsensitive === 'boolean'
    ? { case_insensitive: config.caseInsensitive }
    : {};
}

/** The `time_zone` Kibana puts on date clauses: the dateFormat:tz setting, with "Browser" meaning the local zone. */
function timeZoneFromSettings(dateFormatTZ: string): string {
  if (dateFormatTZ !== 'Browser') return dateFormatTZ;
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

// Kibana's toElasticsearchQuery: one tree → one clause.

/**
 * Translates a parsed query. `fields` is the field list of the searched indices (undefined = none known: names go
 * through as typed and nothing is a keyword or a date). Throws a plain Error when a nested field is queried outside
 * its nested group or with the wrong path, as Kibana does.
 */
export function toElasticsearchQuery(
  node: KqlNode,
  fields?: KqlFieldList,
  config: KqlQueryConfig = {},
  context: KqlContext = {},
): EsQuery {
  switch (node.kind) {
    case 'is':
      return isToEsQuery(node, fields, config, context);
    case 'range':
      return rangeToEsQuery(node, fields, config, context);
    case 'nested':
      return nestedToEsQuery(node, fields, config, context);
    case 'and':
      return {
        bool: {
          [config.filtersInMustClause ? 'must' : 'filter']: node.children.map((child) =>
            toElasticsearchQuery(child, fields, config, context),
          ),
        },
      };
    case 'or':
      return {
        bool: {
          should: node.children.map((child) =>
            toElasticsearchQuery(child, fields, config, context),
          ),
          minimum_should_match: 1,
        },
      };
    case 'not':
      // One object, not an array, as Kibana writes it.
      return { bool: { must_not: toElasticsearchQuery(node.child, fields, config, context) } };
  }
}

function nestedToEsQuery(
  node: KqlNested,
  fields: KqlFieldList | undefined,
  config: KqlQueryConfig,
  context: KqlContext,
): EsQuery {
  const path = termValue(node.path);
  const outer = context.nested?.path;
  const fullPath: JsonValue = outer ? `${outer}.${String(path)}` : path;
  return {
    nested: {
      path: fullPath,
      query: toElasticsearchQuery(node.query, fields, config, {
        ...context,
        // A `null` / `false` path is falsy in Kibana too: it prefixes nothing.
        nested: { path: fullPath === null || fullPath === false ? '' : String(fullPath) },
      }),
      score_mode: 'none',
      ...ignoreUnmapped(config),
    },
  };
}

// `field: value` → exists, match_all, multi_match, query_string, wildcard, term, match, match_phrase or a date range,
// one clause per matching field inside `bool.should`, exactly as Kibana's `is` function builds them.

function isToEsQuery(
  node: KqlIs,
  fields: KqlFieldList | undefined,
  config: KqlQueryConfig,
  context: KqlContext,
): EsQuery {
  const valueTerm = node.value;
  const isExists = isLoneWildcard(valueTerm);
  if (isExists && isLoneWildcard(node.field)) return { match_all: {} };

  const fullName = resolveFieldName(node.field, fields, context.nested?.path);
  const value: JsonValue = termValue(valueTerm);
  const quoted = valueTerm.kind === 'literal' && valueTerm.quoted;

  // A bare value (no field): searched across all fields.
  if (fullName.kind === 'literal' && fullName.value === null) {
    if (valueTerm.kind === 'wildcard')
      return { query_string: { query: toQueryStringQuery(valueTerm) } };
    return {
      multi_match: { type: quoted ? 'phrase' : 'best_fields', query: value, lenient: true },
    };
  }

  const clauseFor = (target: TargetField): EsQuery => {
    const esTypes = target.field?.esTypes;
    const isKeyword = esTypes?.length === 1 && esTypes[0] === 'keyword';
    if (isExists) return { exists: { field: target.name } };
    if (valueTerm.kind === 'wildcard') {
      const pattern = toQueryStringQuery(valueTerm);
      return isKeyword
        ? { wildcard: { [target.name]: { value: pattern, ...caseInsensitivity(config) } } }
        : { query_string: { fields: [target.name], query: pattern } };
    }
    if (target.field?.type === 'date') {
      // match queries take no time zone, so an exact date becomes a one-instant range.
      const timeZone: JsonObject =
        config.dateFormatTZ && !isEpochValue(value)
          ? { time_zone: timeZoneFromSettings(config.dateFormatTZ) }
          : {};
      return { range: { [target.name]: { gte: value, lte: value, ...timeZone } } };
    }
    if (isKeyword) return { term: { [target.name]: { value, ...caseInsensitivity(config) } } };
    return { [quoted ? 'match_phrase' : 'match']: { [target.name]: value } };
  };

  return {
    bool: {
      should: targetFields(fullName, fields).map((target) =>
        wrapNested(clauseFor(target), fullName, target, config, context),
      ),
      minimum_should_match: 1,
    },
  };
}

// `field < value` (and <=, >, >=) → a `range` clause per matching field inside `bool.should`.

function rangeToEsQuery(
  node: KqlRange,
  fields: KqlFieldList | undefined,
  config: KqlQueryConfig,
  context: KqlContext,
): EsQuery {
  const fullName = resolveFieldName(node.field, fields, context.nested?.path);
  const value = termValue(node.value);
  const should = targetFields(fullName, fields).map((target) => {
    const bounds = { [node.operator]: value };
    const timeZone: JsonObject =
      target.field?.type === 'date' && config.dateFormatTZ && !isEpochValue(value)
        ? { time_zone: timeZoneFromSettings(config.dateFormatTZ) }
        : {};
    return wrapNested(
      { range: { [target.name]: { ...bounds, ...timeZone } } },
      fullName,
      target,
      config,
      context,
    );
  });
  return { bool: { should, minimum_should_match: 1 } };
}

// What `is` and `range` share: the fields a name stands for, the automatic `nested` wrapper for wildcard names,
// epoch values and wildcard text.

/** A field to build a clause for: from the field list, or the name as typed when the list knows none. */
interface TargetField {
  readonly name: string;
  readonly field?: KqlField;
}

/**
 * The fields a (resolved) name refers to. With no match — or no field list — the name goes through as typed, so a
 * query on a field one index lacks matches nothing there instead of failing.
 */
function targetFields(fullName: KqlTerm, fields: KqlFieldList | undefined): TargetField[] {
  const matched = matchingFields(fullName, fields);
  if (matched.length > 0) return matched.map((field) => ({ name: field.name, field }));
  return [{ name: String(termValue(fullName)) }];
}

/**
 * A wildcard field name outside any nested group may match nested fields; their clauses get wrapped in the
 * `nested` query they need, since the user could not write one for a name they did not spell out.
 */
function wrapNested(
  query: EsQuery,
  fullName: KqlTerm,
  target: TargetField,
  config: KqlQueryConfig,
  context: KqlContext,
): EsQuery {
  const path = target.field?.nestedPath;
  if (fullName.kind !== 'wildcard' || !path || context.nested) return query;
  return { nested: { path, query, score_mode: 'none', ...ignoreUnmapped(config) } };
}

/** Epoch values (digits only) are absolute instants: Kibana gives them no time zone. */
function isEpochValue(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));
}

// The query_string reserved characters; a backslash makes them literal inside the text between the stars.
const QUERY_STRING_RESERVED = /[+\-=&|><!(){}[\]^"~*?:\\/]/g;

/** `a-b*` → `a\-b*`: the literal parts escaped for query_string (and keyword `wildcard` queries), stars kept. */
function toQueryStringQuery(term: KqlWildcard): string {
  return term.parts.map((part) => part.replace(QUERY_STRING_RESERVED, '\\$&')).join('*');
}

// Kibana's buildEsQuery: KQL (and Lucene) queries plus filters combined into one `bool` query.

interface EsQueryInput {
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
