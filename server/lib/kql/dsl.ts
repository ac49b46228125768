// JSON shapes of the query DSL the translator builds (kept as plain JSON: values may be strings, booleans or null).

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
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
