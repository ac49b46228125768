// Drift between a deployed custom copy and the bundled definition. The plugin owns exactly the keys the payload
// builder emits, minus identity and the user's own settings (`enabled`, `exceptions_list` and `actions` are never
// written by an upgrade); a field still "holds what the bundled definition sets" allowing for what Kibana adds on
// its own (`ecs` flags in required_fields, defaulted empty values in nested objects).
import type { FieldChange } from '../../../common/api';
import type { KibanaRule } from '../detection_engine/detection_engine_client';

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

const NEVER_MANAGED = new Set(['rule_id', 'id', 'enabled', 'exceptions_list', 'actions']);

export function managedFields(body: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(body).filter((key) => !NEVER_MANAGED.has(key));
}

/** Managed fields whose deployed value differs from the body, in the body's key order. */
export function managedDiff(
  rule: KibanaRule,
  body: Readonly<Record<string, unknown>>,
): FieldChange[] {
  return managedFields(body)
    .filter((field) => !sameValue(rule[field], body[field]))
    .map((field) => ({ field, deployed: rule[field], bundled: body[field] }));
}

/** The PATCH body of an upgrade: the changed managed fields, and always `version` (older Kibana would
 *  otherwise bump a custom rule's version on every patch, which would read as drift next time). */
export function upgradePatch(
  changes: readonly FieldChange[],
  body: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const change of changes) patch[change.field] = body[change.field];
  if ('version' in body) patch.version = body.version;
  return patch;
}
