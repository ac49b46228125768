// Turns a dereferenced OpenAPI 3.0 schema into plain JSON Schema that strict Ajv compiles, keeping Kibana's meaning:
// discriminator, x-* and example dropped; nullable → anyOf null; x-modify partial/required applied.
import type { Json, JsonObject } from './json';
import { isJsonObject } from './json';

/** Keywords whose value is a map of name → schema. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
/** Keywords whose value is a list of schemas. */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
/** Keywords whose value is one schema (or, for `items`, possibly a list). */
const SCHEMA_SINGLES = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
]);
/** OpenAPI-only annotations with no JSON Schema meaning. */
const DROPPED = new Set(['example', 'discriminator', 'nullable', 'externalDocs', 'xml']);

/**
 * Converts one schema. Shared sub-objects of the dereferenced tree are converted once and stay shared, so the
 * output is as compact as the input.
 */
export function convertSchema(schema: Json, memo: WeakMap<object, Json> = new WeakMap()): Json {
  if (Array.isArray(schema)) return schema.map((s) => convertSchema(s, memo));
  if (!isJsonObject(schema)) return schema;
  const cached = memo.get(schema);
  if (cached !== undefined) return cached;

  let out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-') || DROPPED.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && isJsonObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, convertSchema(sub, memo)]),
      );
    } else if (SCHEMA_LISTS.has(key) || SCHEMA_SINGLES.has(key)) {
      out[key] = convertSchema(value, memo);
    } else {
      out[key] = value;
    }
  }

  const modify = schema['x-modify'];
  if (modify === 'partial') out = makePartial(out);
  else if (modify === 'required') out = makeRequired(out);
  else if (modify !== undefined) throw new Error(`unsupported x-modify: ${JSON.stringify(modify)}`);

  const result: Json = schema.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
  memo.set(schema, result);
  return result;
}

/** Kibana's generator turns `x-modify: partial` into zod `.partial()`: no property of the object is required. */
function makePartial(schema: JsonObject): JsonObject {
  const rest: JsonObject = { ...schema };
  delete rest.required;
  const allOf = rest.allOf;
  return Array.isArray(allOf)
    ? { ...rest, allOf: allOf.map((s) => (isJsonObject(s) ? makePartial(s) : s)) }
    : rest;
}

/** `x-modify: required` becomes zod `.required()`: every declared property must be present. */
function makeRequired(schema: JsonObject): JsonObject {
  const out: JsonObject = { ...schema };
  if (isJsonObject(schema.properties)) out.required = Object.keys(schema.properties);
  const allOf = schema.allOf;
  if (Array.isArray(allOf)) out.allOf = allOf.map((s) => (isJsonObject(s) ? makeRequired(s) : s));
  return out;
}
