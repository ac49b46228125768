// What a rule's KQL query names: its fields (for required_fields) and the datasets it selects
// (for related_integrations). Parsing is the KQL package's; this only walks the tree.
import type { KqlNode, KqlTerm } from '../kql';
import { parseKql } from '../kql';

/** A concrete field name: not "any field" (a bare value) and not a wildcard over field names. */
function fieldName(term: KqlTerm, prefix: string): string | null {
  return term.kind === 'literal' && typeof term.value === 'string' ? prefix + term.value : null;
}

function walk(
  node: KqlNode,
  prefix: string,
  visit: (field: string, value: KqlTerm | null) => void,
): void {
  switch (node.kind) {
    case 'is':
    case 'range': {
      const name = fieldName(node.field, prefix);
      if (name !== null) visit(name, node.kind === 'is' ? node.value : null);
      return;
    }
    case 'nested': {
      const path = fieldName(node.path, prefix);
      if (path !== null) walk(node.query, `${path}.`, visit);
      return;
    }
    case 'and':
    case 'or':
      for (const child of node.children) walk(child, prefix, visit);
      return;
    case 'not':
      walk(node.child, prefix, visit);
  }
}

/** Every field the query names, sorted (required_fields order). Throws KqlSyntaxError on a malformed query. */
export function kqlQueryFields(query: string): string[] {
  const fields = new Set<string>();
  walk(parseKql(query), '', (field) => fields.add(field));
  return [...fields].sort();
}

const DATASET_FIELDS = new Set(['data_stream.dataset', 'event.dataset']);

/** The datasets the query selects by exact value (`data_stream.dataset: "aws.cloudtrail"`), sorted. */
export function kqlQueryDatasets(query: string): string[] {
  const datasets = new Set<string>();
  walk(parseKql(query), '', (field, value) => {
    if (DATASET_FIELDS.has(field) && value?.kind === 'literal' && typeof value.value === 'string') {
      datasets.add(value.value);
    }
  });
  return [...datasets].sort();
}
