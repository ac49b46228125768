// Turns a _field_caps response into the translator's field list, the way Kibana's data views read it.

import type { KqlField } from './fields';
import { kibanaFieldType } from './fields';

/** The part of a _field_caps response that matters here: field name → mapping type → capabilities. */
export interface FieldCapsResponseLike {
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
