// Kibana's PATCH semantics: listed fields replace the current ones; `revision` grows only when a parameter
// really changes (never for `enabled`); a prebuilt rule becomes customized; the editor's key takes over.
import { isDeepStrictEqual } from 'node:util';
import { SYSTEM_KEYS } from './create_defaults';
import { withEcsFlags } from './required_fields';
import type { RuleParams, StoredRule } from './stored_rule';

/** Fields whose change does not count as customizing a prebuilt rule. */
const NOT_CUSTOMIZATION = new Set(['exceptions_list', 'actions', 'throttle', 'meta', 'version']);

export interface PatchOutcome {
  rule: StoredRule;
  changedFields: string[];
}

export function applyPatch(
  current: StoredRule,
  patch: Record<string, unknown>,
  editor: string,
  now: Date,
): PatchOutcome {
  const params: Record<string, unknown> = { ...current.params };
  const changedFields: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (SYSTEM_KEYS.has(key) || key === 'rule_id' || value === undefined) continue;
    const next = key === 'required_fields' ? withEcsFlags(value) : value;
    if (!isDeepStrictEqual(params[key], next)) changedFields.push(key);
    params[key] = next;
  }

  let ruleSource = current.ruleSource;
  const customized = changedFields.filter((field) => !NOT_CUSTOMIZATION.has(field));
  if (ruleSource.type === 'external' && customized.length > 0) {
    const known = new Set(ruleSource.customized_fields.map((field) => field.field_name));
    customized.forEach((field) => known.add(field));
    ruleSource = {
      ...ruleSource,
      is_customized: true,
      customized_fields: [...known].map((field_name) => ({ field_name })),
    };
  }

  const rule: StoredRule = {
    ...current,
    params: params as RuleParams,
    enabled: typeof patch.enabled === 'boolean' ? patch.enabled : current.enabled,
    revision: changedFields.length > 0 ? current.revision + 1 : current.revision,
    ruleSource,
    updatedAt: now.toISOString(),
    updatedBy: editor,
    apiKeyOwner: editor,
  };
  return { rule, changedFields };
}

/** Enabling or disabling (bulk action): no revision change, but the caller's key takes over. */
export function setEnabled(current: StoredRule, enabled: boolean, editor: string, now: Date) {
  return {
    ...current,
    enabled,
    updatedAt: now.toISOString(),
    updatedBy: editor,
    apiKeyOwner: editor,
  };
}
