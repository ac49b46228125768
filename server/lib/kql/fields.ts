// The field list ("data view fields") the translator consults: which fields exist, their types, nested paths.

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
export type KqlFieldTypeSpec = string | { readonly type: string; readonly nested?: string };

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
