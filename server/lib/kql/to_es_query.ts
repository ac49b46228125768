// KQL syntax tree → Elasticsearch query DSL with Kibana's semantics (Kibana's toElasticsearchQuery).

import type { KqlNested, KqlNode } from './ast';
import { termValue } from './ast';
import type { EsQuery, JsonValue } from './dsl';
import type { KqlFieldList } from './fields';
import { isToEsQuery } from './is_query';
import type { KqlContext, KqlQueryConfig } from './query_config';
import { ignoreUnmapped } from './query_config';
import { rangeToEsQuery } from './range_query';

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
