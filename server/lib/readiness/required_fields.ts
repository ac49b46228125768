// Reads from the rule's KQL which fields every matching document must carry.
import type { KqlNode, KqlTerm } from '../kql/ast';

/** A concrete field name (not "any field", not a wildcard over field names). */
function fieldName(term: KqlTerm, prefix: string): string | null {
  if (term.kind !== 'literal' || typeof term.value !== 'string') return null;
  return prefix + term.value;
}

function required(node: KqlNode, prefix: string): Set<string> {
  switch (node.kind) {
    case 'is':
    case 'range': {
      const name = fieldName(node.field, prefix);
      return new Set(name ? [name] : []);
    }
    case 'nested': {
      const path = fieldName(node.path, prefix);
      return path ? required(node.query, `${path}.`) : new Set();
    }
    case 'and': {
      const all = new Set<string>();
      node.children.forEach((child) => required(child, prefix).forEach((f) => all.add(f)));
      return all;
    }
    case 'or': {
      const [first, ...rest] = node.children.map((child) => required(child, prefix));
      if (!first) return new Set();
      return new Set([...first].filter((field) => rest.every((set) => set.has(field))));
    }
    case 'not':
      // A negation is satisfied by documents without the field.
      return new Set();
  }
}

/**
 * Fields without which no document can match: required by every branch of every `or`, never only under `not`.
 * A pattern whose documents lack one of them can never feed the rule.
 */
export function requiredFieldNames(node: KqlNode): string[] {
  return [...required(node, '')];
}
