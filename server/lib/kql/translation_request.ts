// One translation request as the CLI and the test vectors state it: `{kql, fields?, options?}` → DSL.

import * as t from 'io-ts';
import { isRight } from 'fp-ts/Either';
import type { KqlFieldSpec } from './fields';
import { fieldsFromSpec } from './fields';
import { parseKql } from './parser';
import type { EsQuery, EsQueryConfig, JsonObject } from './translate';
import { buildEsQuery, toElasticsearchQuery } from './translate';

const FieldTypeSpecCodec = t.union([
  t.string,
  t.intersection([t.type({ type: t.string }), t.partial({ nested: t.string })]),
]);

const JsonObjectCodec = new t.Type<JsonObject, JsonObject, unknown>(
  'JsonObject',
  (u): u is JsonObject => typeof u === 'object' && u !== null && !Array.isArray(u),
  (u, c) =>
    typeof u === 'object' && u !== null && !Array.isArray(u)
      ? t.success(u as JsonObject)
      : t.failure(u, c),
  t.identity,
);

export const TranslationOptionsCodec = t.exact(
  t.partial({
    api: t.keyof({ toElasticsearchQuery: null, buildEsQuery: null }),
    allowLeadingWildcards: t.boolean,
    dateFormatTZ: t.string,
    caseInsensitive: t.boolean,
    nestedIgnoreUnmapped: t.boolean,
    filtersInMustClause: t.boolean,
    queryStringOptions: JsonObjectCodec,
    ignoreFilterIfFieldNotInIndex: t.boolean,
  }),
);

export const FieldSpecCodec = t.record(t.string, FieldTypeSpecCodec);

const TranslationRequestCodec = t.intersection([
  t.type({ kql: t.string }),
  t.partial({ fields: FieldSpecCodec, options: TranslationOptionsCodec }),
]);

export type TranslationOptions = t.TypeOf<typeof TranslationOptionsCodec>;
type TranslationRequest = t.TypeOf<typeof TranslationRequestCodec>;

/** Checks an untrusted value (e.g. parsed JSON); returns the request or a one-line reason. */
export function decodeTranslationRequest(value: unknown): TranslationRequest | { error: string } {
  const result = TranslationRequestCodec.decode(value);
  if (isRight(result)) return result.right;
  const first = result.left[0];
  const path = first?.context
    .map((entry) => entry.key)
    .filter((key) => key !== '' && !/^\d+$/.test(key))
    .join('.');
  return {
    error: `invalid request${path ? ` at ${path}` : ''}: expected {"kql": string, "fields"?, "options"?}`,
  };
}

/**
 * Translates as the vectors define it. Without `fields` no field list is used; `{}` is a field list with no field.
 * api `toElasticsearchQuery` (default): the parsed query's DSL, leading wildcards allowed unless refused.
 * api `buildEsQuery`: Kibana's buildEsQuery with the options as its config (leading wildcards refused unless allowed).
 * Throws KqlSyntaxError for malformed KQL and Error for nested-field misuse.
 */
export function translateKql(request: TranslationRequest): EsQuery {
  const fields =
    request.fields === undefined ? undefined : fieldsFromSpec(request.fields as KqlFieldSpec);
  const { api = 'toElasticsearchQuery', ...config } = request.options ?? {};
  if (api === 'buildEsQuery') {
    return buildEsQuery(
      fields,
      { query: request.kql, language: 'kuery' },
      [],
      config as EsQueryConfig,
    );
  }
  const node = parseKql(request.kql, {
    allowLeadingWildcards: config.allowLeadingWildcards ?? true,
  });
  return toElasticsearchQuery(node, fields, config);
}
