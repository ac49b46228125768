// The fields a query is translated against: the field list (Kibana's data view fields, built from a compact spec or
// a _field_caps response), which fields a KQL field name refers to, with Kibana's nested-path checks, and the field
// names a query uses.

import type { KqlNode, KqlTerm, KqlWildcard } from './syntax';
import { isLoneWildcard, termValue } from './syntax';

/** A field as Kibana's data views describe it; only these properties change how KQL is translated. */
export interface KqlField {
  readonly name: string;
  /** Kibana's field type: string, number, date, boolean, ip, conflict, unknown, … (`date` gets range clauses). */
  readonly type: string;
  /** The mapping types behind the field. Exactly `['keyword']` makes it a keyword field (term / wildcard). */
  readonly esTypes?: readonly string[];
  /** Path of the nearest nested object the field lives in, if any. */
  readonly nestedPath?: string;
}

/**
 * The fields of the searched indices. `undefined` means "no field list" (names are used as typed); an empty list
 * means a field list that knows no field. The two translate differently, as in Kibana.
 */
export type KqlFieldList = readonly KqlField[];

/** The compact way to write a field list by hand: name → type name, or `{type, nested}` for nested fields. */
export type KqlFieldSpec = Readonly<Record<string, KqlFieldTypeSpec>>;
type KqlFieldTypeSpec = string | { readonly type: string; readonly nested?: string };

/**
 * Builds a field list from the compact form. Type names: `keyword`, `text`, `constant_keyword`, `date`, `number`,
 * `boolean`, or any other Elasticsearch mapping type (mapped to Kibana's type as field_caps would be).
 */
export function fieldsFromSpec(spec: KqlFieldSpec): KqlField[] {
  return Object.entries(spec).map(([name, typeSpec]) => {
    const { type, nested } =
      typeof typeSpec === 'string' ? { type: typeSpec, nested: undefined } : typeSpec;
    return {
      name,
      ...fieldTypeFromName(type),
      ...(nested !== undefined && { nestedPath: nested }),
    };
  });
}

function fieldTypeFromName(type: string): Pick<KqlField, 'type' | 'esTypes'> {
  switch (type) {
    case 'text':
      // Kibana's "string with no esTypes": never a keyword field.
      return { type: 'string' };
    case 'number':
      return { type: 'number' };
    case 'constant_keyword':
      return { type: 'string', esTypes: ['constant_keyword'] };
    default:
      return { type: kibanaFieldType(type), esTypes: [type] };
  }
}

const KIBANA_TYPES: Readonly<Record<string, readonly string[]>> = {
  string: ['string', 'text', 'match_only_text', 'keyword', 'version', '_type', '_id'],
  number: [
    'float',
    'half_float',
    'scaled_float',
    'double',
    'integer',
    'long',
    'unsigned_long',
    'short',
    'byte',
    'token_count',
    'aggregate_metric_double',
  ],
  number_range: ['float_range', 'double_range', 'integer_range', 'long_range'],
  date: ['date', 'date_nanos'],
  date_range: ['date_range'],
  ip: ['ip'],
  ip_range: ['ip_range'],
  boolean: ['boolean'],
  object: ['object'],
  nested: ['nested'],
  geo_point: ['geo_point'],
  geo_shape: ['geo_shape'],
  attachment: ['attachment'],
  murmur3: ['murmur3'],
  _source: ['_source'],
  histogram: ['histogram'],
  exponential_histogram: ['exponential_histogram'],
};

const KIBANA_TYPE_BY_ES_TYPE = new Map(
  Object.entries(KIBANA_TYPES).flatMap(([kbnType, esTypes]) =>
    esTypes.map((es) => [es, kbnType] as const),
  ),
);

/** Kibana's type for an Elasticsearch mapping type (`unknown` for the ones Kibana does not list). */
export function kibanaFieldType(esType: string): string {
  return KIBANA_TYPE_BY_ES_TYPE.get(esType) ?? 'unknown';
}

// Reading a _field_caps response, the way Kibana's data views read it.

/** The part of a _field_caps response that matters here: field name → mapping type → capabilities. */
interface FieldCapsResponseLike {
  readonly fields: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/**
 * One field per field_caps entry, in response order. Several mapping types that Kibana maps to one type keep it
 * (with every mapping type in `esTypes`); otherwise the field is a `conflict`. Object and nested entries are dropped
 * and give their children a `nestedPath` (the nearest nested parent). A field counts as keyword only when its
 * `esTypes` is exactly `['keyword']`, so a field that is keyword in one index and text in another is not.
 */
export function fieldsFromFieldCaps(response: FieldCapsResponseLike): KqlField[] {
  const kibanaTypes = new Map<string, string>();
  const fields: KqlField[] = [];
  for (const [name, caps] of Object.entries(response.fields)) {
    const esTypes = Object.keys(caps);
    const types = new Set(esTypes.map(kibanaFieldType));
    const type = types.size > 1 ? 'conflict' : kibanaFieldType(esTypes[0] ?? '');
    kibanaTypes.set(name, type);
    fields.push({ name, type, esTypes });
  }
  return fields
    .filter((field) => field.type !== 'object' && field.type !== 'nested')
    .map((field) => {
      const nestedPath = nearestNestedParent(field.name, kibanaTypes);
      return nestedPath === undefined ? field : { ...field, nestedPath };
    });
}

function nearestNestedParent(
  name: string,
  kibanaTypes: ReadonlyMap<string, string>,
): string | undefined {
  const segments = name.split('.');
  for (let end = segments.length - 1; end > 0; end--) {
    const parent = segments.slice(0, end).join('.');
    if (kibanaTypes.get(parent) === 'nested') return parent;
  }
  return undefined;
}

// Which fields a name refers to.

/** A field name term with the enclosing nested path put in front of it (`path.name`). */
function fullFieldName(term: KqlTerm, nestedPath: string | undefined): KqlTerm {
  // Truthiness, not presence, as in Kibana: an empty group path adds nothing.
  if (!nestedPath) return term;
  if (term.kind === 'literal') return { ...term, value: `${nestedPath}.${String(term.value)}` };
  const [first, ...rest] = term.parts;
  return { ...term, parts: [`${nestedPath}.${first}`, ...rest] };
}

/** The fields a name refers to: the one with exactly that name, or every field a wildcard name matches. */
export function matchingFields(term: KqlTerm, fields: KqlFieldList | undefined): KqlField[] {
  if (fields === undefined) return [];
  if (term.kind === 'literal') {
    const field = fields.find((f) => f.name === term.value);
    return field ? [field] : [];
  }
  return fields.filter((f) => wildcardMatches(term, f.name));
}

/**
 * Resolves a field name inside an optional nested group and checks it against the field list: a nested field must
 * be queried inside a group with its own path, and a field inside a group must be nested. Wildcard names outside a
 * group are exempt (they get `nested` wrappers instead). Throws an Error with Kibana's message otherwise.
 */
export function resolveFieldName(
  term: KqlTerm,
  fields: KqlFieldList | undefined,
  nestedPath: string | undefined,
): KqlTerm {
  const full = fullFieldName(term, nestedPath);
  if (fields === undefined || (full.kind === 'wildcard' && !nestedPath)) return full;
  const errors = matchingFields(full, fields).flatMap((field) => {
    const fieldPath = field.nestedPath;
    if (nestedPath && !fieldPath) {
      return [
        `${field.name} is not a nested field but is in nested group "${nestedPath}" in the KQL expression.`,
      ];
    }
    if (fieldPath && !nestedPath) {
      return [
        `${field.name} is a nested field, but is not in a nested group in the KQL expression.`,
      ];
    }
    if (fieldPath !== nestedPath) {
      return [
        `Nested field ${field.name} is being queried with the incorrect nested path. The correct path is ${fieldPath}.`,
      ];
    }
    return [];
  });
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return full;
}

const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** Whether a field name matches a wildcard field pattern such as `machine.*` (a star matches anything). */
function wildcardMatches(term: KqlWildcard, name: string): boolean {
  const source = term.parts.map((part) => part.replace(REGEXP_SPECIAL, '\\$&')).join('[\\s\\S]*');
  return new RegExp(`^${source}$`).test(name);
}

// The field names a query refers to (with nested group paths in front), e.g. to check that indices map them.

/**
 * Field names in order of first appearance, without duplicates. Bare values (no field) and `*` (every field) name
 * no field; wildcard names such as `event.*` are listed as written.
 */
export function queryFieldNames(node: KqlNode): string[] {
  const names = new Set<string>();
  collect(node, undefined, names);
  return [...names];
}

function collect(node: KqlNode, nestedPath: string | undefined, names: Set<string>): void {
  switch (node.kind) {
    case 'is':
    case 'range':
      addName(node.field, nestedPath, names);
      return;
    case 'nested': {
      const path = String(termValue(fullFieldName(node.path, nestedPath)));
      collect(node.query, path, names);
      return;
    }
    case 'not':
      collect(node.child, nestedPath, names);
      return;
    case 'and':
    case 'or':
      node.children.forEach((child) => collect(child, nestedPath, names));
  }
}

function addName(field: KqlTerm, nestedPath: string | undefined, names: Set<string>): void {
  if (field.kind === 'literal' && field.value === null && !nestedPath) return;
  if (isLoneWildcard(field) && !nestedPath) return;
  names.add(String(termValue(fullFieldName(field, nestedPath))));
}
