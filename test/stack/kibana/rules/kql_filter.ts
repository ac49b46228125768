// Evaluates a KQL filter (parsed by the project's KQL parser) against flattened documents, with the
// semantics of the fields' mapping: exact for keyword/boolean, word-wise for text fields.
import {
  ANY_FIELD,
  isKqlSyntaxError,
  isLoneWildcard,
  parseKql,
  type KqlNode,
  type KqlTerm,
} from '../../../../server/lib/kql';
import { siemError } from '../http/kibana_error';
import type { FlatDocument } from './flat_document';

export type DocumentPredicate = (doc: FlatDocument) => boolean;

const words = (value: unknown): string[] =>
  String(value)
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean);

function globOf(parts: readonly string[], caseInsensitive: boolean): RegExp {
  const escaped = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`, caseInsensitive ? 'is' : 's');
}

function fieldsOf(term: KqlTerm, doc: FlatDocument, prefix: string): string[] {
  if (term === ANY_FIELD || (term.kind === 'literal' && term.value === null))
    return [...doc.keys()];
  if (term.kind === 'wildcard') {
    const pattern = globOf([prefix + term.parts[0], ...term.parts.slice(1)], false);
    return [...doc.keys()].filter((field) => pattern.test(field));
  }
  return [prefix + String(term.value)];
}

function compare(a: unknown, b: unknown): number {
  const [x, y] = [Number(a), Number(b)];
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  return String(a).localeCompare(String(b));
}

function evaluate(
  node: KqlNode,
  doc: FlatDocument,
  textFields: ReadonlySet<string>,
  prefix: string,
): boolean {
  switch (node.kind) {
    case 'and':
      return node.children.every((child) => evaluate(child, doc, textFields, prefix));
    case 'or':
      return node.children.some((child) => evaluate(child, doc, textFields, prefix));
    case 'not':
      return !evaluate(node.child, doc, textFields, prefix);
    case 'nested':
      return evaluate(
        node.query,
        doc,
        textFields,
        `${prefix}${String(node.path.kind === 'literal' ? node.path.value : node.path.parts.join('*'))}.`,
      );
    case 'range':
      return fieldsOf(node.field, doc, prefix).some((field) =>
        (doc.get(field) ?? []).some((value) => {
          const order = compare(value, node.value.kind === 'literal' ? node.value.value : '');
          return { gt: order > 0, gte: order >= 0, lt: order < 0, lte: order <= 0 }[node.operator];
        }),
      );
    case 'is': {
      const { value } = node;
      return fieldsOf(node.field, doc, prefix).some((field) => {
        const values = doc.get(field) ?? [];
        if (isLoneWildcard(value)) return values.length > 0;
        const isText = textFields.has(field);
        if (value.kind === 'wildcard') {
          const pattern = globOf(value.parts, isText);
          return values.some((v) =>
            isText ? words(v).some((word) => pattern.test(word)) : pattern.test(String(v)),
          );
        }
        if (!isText) return values.some((v) => String(v) === String(value.value));
        const wanted = words(value.value);
        return values.some((v) => {
          const have = words(v);
          return value.quoted
            ? ` ${have.join(' ')} `.includes(` ${wanted.join(' ')} `)
            : wanted.some((word) => have.includes(word));
        });
      });
    }
  }
}

/** Field names a filter mentions (nested paths joined), `*` for a bare value. */
export function fieldNames(node: KqlNode, prefix = ''): string[] {
  const name = (term: KqlTerm) =>
    term.kind === 'literal'
      ? term.value === null
        ? '*'
        : String(term.value)
      : term.parts.join('*');
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.children.flatMap((child) => fieldNames(child, prefix));
    case 'not':
      return fieldNames(node.child, prefix);
    case 'nested':
      return fieldNames(node.query, `${prefix}${name(node.path)}.`);
    default:
      return [prefix + name(node.field)];
  }
}

/** A syntax error is Kibana's 400 with the parser's message. */
export function parseFilter(kql: string): KqlNode {
  try {
    return parseKql(kql, { allowLeadingWildcards: true });
  } catch (error) {
    if (isKqlSyntaxError(error)) throw siemError(400, error.message);
    throw error;
  }
}

export function matchesKql(
  node: KqlNode,
  doc: FlatDocument,
  textFields: ReadonlySet<string>,
): boolean {
  return evaluate(node, doc, textFields, '');
}

export function compileKqlFilter(kql: string, textFields: ReadonlySet<string>): DocumentPredicate {
  if (kql.trim() === '') return () => true;
  const node = parseFilter(kql);
  return (doc) => matchesKql(node, doc, textFields);
}
