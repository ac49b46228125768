// Reads a dotted field from a document `_source`, whether it was written nested, dotted, or a mix of both.

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Alerts carry `kibana.alert.*` as dotted keys and copied event fields as nested objects: accept both. */
export function sourceValue(source: unknown, path: string): unknown {
  if (!isObject(source)) return undefined;
  if (path in source) return source[path];
  const parts = path.split('.');
  for (let cut = parts.length - 1; cut >= 1; cut -= 1) {
    const head = parts.slice(0, cut).join('.');
    const child = source[head];
    if (isObject(child)) {
      const found = sourceValue(child, parts.slice(cut).join('.'));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export function sourceString(source: unknown, path: string): string | null {
  const value = sourceValue(source, path);
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' || typeof first === 'number' ? String(first) : null;
}

export function sourceStrings(source: unknown, path: string): string[] {
  const value = sourceValue(source, path);
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
}
