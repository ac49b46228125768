// A JSON object flattened to dotted field names, each with all its values (arrays spread), as a search
// engine would index it.

export type FlatDocument = Map<string, unknown[]>;

export function flatten(source: Record<string, unknown>): FlatDocument {
  const flat: FlatDocument = new Map();
  const add = (field: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item) => add(field, item));
      return;
    }
    if (typeof value === 'object') {
      for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
        add(field === '' ? key : `${field}.${key}`, inner);
      }
      return;
    }
    flat.set(field, [...(flat.get(field) ?? []), value]);
  };
  add('', source);
  return flat;
}
