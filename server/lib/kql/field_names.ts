// The field names a query refers to (with nested group paths in front), e.g. to check that indices map them.

import type { KqlNode, KqlTerm } from './ast';
import { isLoneWildcard, termValue } from './ast';
import { fullFieldName } from './field_resolution';

/**
 * Field names in order of first appearance, without duplicates. Bare values (no field) and `*` (every field) name
 * no field; wildcard names such as `event.*` are listed as written.
 */
export function queryFieldNames(node: KqlNode): string[] {
  const names = new Set<string>();
  collect(node, undefined, names);
  return [...names];
}

function collect(node: KqlNode, nestedPath: string | undefined, names: Set<string>): void {
  switch (node.kind) {
    case 'is':
    case 'range':
      addName(node.field, nestedPath, names);
      return;
    case 'nested': {
      const path = String(termValue(fullFieldName(node.path, nestedPath)));
      collect(node.query, path, names);
      return;
    }
    case 'not':
      collect(node.child, nestedPath, names);
      return;
    case 'and':
    case 'or':
      node.children.forEach((child) => collect(child, nestedPath, names));
  }
}

function addName(field: KqlTerm, nestedPath: string | undefined, names: Set<string>): void {
  if (field.kind === 'literal' && field.value === null && !nestedPath) return;
  if (isLoneWildcard(field) && !nestedPath) return;
  names.add(String(termValue(fullFieldName(field, nestedPath))));
}
