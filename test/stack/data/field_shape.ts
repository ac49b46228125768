// Flattens a document to its leaf field paths and JSON types, to compare document shapes.

export type LeafType = 'string' | 'number' | 'boolean' | 'object' | 'null';

/** `{a: {b: [1]}}` → `{'a.b': 'number'}`; arrays take their elements' type, objects in arrays recurse. */
export function fieldShape(
  doc: unknown,
  prefix = '',
  out: Record<string, LeafType> = {},
): Record<string, LeafType> {
  if (Array.isArray(doc)) {
    for (const item of doc) fieldShape(item, prefix, out);
    return out;
  }
  if (doc !== null && typeof doc === 'object') {
    const entries = Object.entries(doc as Record<string, unknown>);
    if (entries.length === 0 && prefix !== '') out[prefix] = 'object';
    for (const [key, value] of entries)
      fieldShape(value, prefix === '' ? key : `${prefix}.${key}`, out);
    return out;
  }
  if (doc === null) out[prefix] = 'null';
  else out[prefix] = typeof doc as LeafType;
  return out;
}

/** The value at a dotted path, or undefined. */
export function valueAt(doc: unknown, path: string): unknown {
  let current: unknown = doc;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
