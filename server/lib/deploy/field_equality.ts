// Whether a deployed rule field still holds what the bundled definition sets, allowing for what Kibana adds
// on its own: `ecs` flags in required_fields, defaulted empty values ([] / '' / null) in nested objects.

/** Keys Kibana adds to objects we send, which say nothing about a user's edit. */
const KIBANA_ADDED_KEYS = new Set(['ecs']);

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.keys(value).length === 0)
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function sameValue(deployed: unknown, bundled: unknown): boolean {
  if (isEmpty(bundled) && isEmpty(deployed)) return true;
  if (Array.isArray(bundled)) {
    return (
      Array.isArray(deployed) &&
      deployed.length === bundled.length &&
      bundled.every((item, index) => sameValue(deployed[index], item))
    );
  }
  if (isPlainObject(bundled)) {
    if (!isPlainObject(deployed)) return false;
    const keys = new Set([...Object.keys(bundled), ...Object.keys(deployed)]);
    for (const key of keys) {
      if (!(key in bundled) && (KIBANA_ADDED_KEYS.has(key) || isEmpty(deployed[key]))) continue;
      if (!sameValue(deployed[key], bundled[key])) return false;
    }
    return true;
  }
  return Object.is(deployed, bundled);
}
