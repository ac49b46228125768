// Which fields of the field list a KQL field name refers to, and the nested-path checks Kibana makes on them.

import type { KqlTerm } from './ast';
import type { KqlField, KqlFieldList } from './fields';
import { wildcardMatches } from './wildcard_text';

/** A field name term with the enclosing nested path put in front of it (`path.name`). */
export function fullFieldName(term: KqlTerm, nestedPath: string | undefined): KqlTerm {
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
