// The fields the plugin owns on its custom copy: exactly the keys the payload builder emits, minus identity
// and the user's own settings — `enabled`, `exceptions_list` and `actions` are never written by an upgrade.
import type { FieldChange } from '../../../common/api';
import type { KibanaRule } from '../detection_engine/kibana_rule';
import { sameValue } from './field_equality';

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
