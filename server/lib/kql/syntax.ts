// KQL syntax: the tree the parser produces (node meanings follow Kibana's kuery functions: is, range, nested, and,
// or, not), and the printer that writes a tree back as KQL text that parses to the same tree.

/** A plain value: quoted text, unquoted text, or the unquoted words true / false / null. */
interface KqlLiteral {
  readonly kind: 'literal';
  /** Unquoted `true`, `false` and `null` become JSON literals; numbers stay strings. */
  readonly value: string | boolean | null;
  readonly quoted: boolean;
}

/** An unquoted value or field name with at least one `*`: the text between the stars (so 2+ parts). */
export interface KqlWildcard {
  readonly kind: 'wildcard';
  readonly parts: readonly string[];
}

/** What a field name, a nested path or a value can be. */
export type KqlTerm = KqlLiteral | KqlWildcard;

export type KqlRangeOperator = 'gt' | 'gte' | 'lt' | 'lte';

/** `field: value`. A bare value has the unquoted literal `null` as its field ("any field"). */
export interface KqlIs {
  readonly kind: 'is';
  readonly field: KqlTerm;
  readonly value: KqlTerm;
}

/** `field < value`, `field <= value`, `field > value`, `field >= value`. */
export interface KqlRange {
  readonly kind: 'range';
  readonly field: KqlTerm;
  readonly operator: KqlRangeOperator;
  readonly value: KqlTerm;
}

/** `path: { query }`: the inner field names are relative to the path. */
export interface KqlNested {
  readonly kind: 'nested';
  readonly path: KqlTerm;
  readonly query: KqlNode;
}

interface KqlAnd {
  readonly kind: 'and';
  readonly children: readonly KqlNode[];
}

interface KqlOr {
  readonly kind: 'or';
  readonly children: readonly KqlNode[];
}

interface KqlNot {
  readonly kind: 'not';
  readonly child: KqlNode;
}

export type KqlNode = KqlIs | KqlRange | KqlNested | KqlAnd | KqlOr | KqlNot;

export const literal = (value: string | boolean | null, quoted = false): KqlLiteral => ({
  kind: 'literal',
  value,
  quoted,
});

export const wildcard = (parts: readonly string[]): KqlWildcard => ({ kind: 'wildcard', parts });

/** The field of a bare value (`foo` rather than `field: foo`). */
export const ANY_FIELD: KqlLiteral = literal(null);

/** A lone `*`: "any value" (exists) as a value, "every field" as a field name. */
export function isLoneWildcard(term: KqlTerm): boolean {
  return term.kind === 'wildcard' && term.parts.length === 2 && term.parts.every((p) => p === '');
}

/** `*foo`: a wildcard that starts with a star but is not the lone `*`. */
export function hasLeadingWildcard(term: KqlTerm): boolean {
  return term.kind === 'wildcard' && !isLoneWildcard(term) && term.parts[0] === '';
}

/** The value a term stands for in the DSL: literal values as they are, wildcards with `*` put back. */
export function termValue(term: KqlTerm): string | boolean | null {
  return term.kind === 'literal' ? term.value : term.parts.join('*');
}

// The printer: escapes what the grammar would otherwise read differently.

const RANGE_SYMBOLS = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
const SPECIAL = '\\():<>"*{}';
const ESCAPED_WHITESPACE: Readonly<Record<string, string>> = {
  '\t': '\\t',
  '\r': '\\r',
  '\n': '\\n',
};
/** Whitespace the grammar sees around keywords once tabs and line breaks are written as escapes. */
const isRawSpace = (c: string | undefined): boolean => c === ' ' || c === '\u00a0';

export function toKqlExpression(node: KqlNode): string {
  switch (node.kind) {
    case 'is':
      if (node.field.kind === 'literal' && node.field.value === null && !node.field.quoted) {
        return printTerm(node.value);
      }
      return `${printTerm(node.field)}: ${printTerm(node.value)}`;
    case 'range':
      return `${printTerm(node.field)} ${RANGE_SYMBOLS[node.operator]} ${printTerm(node.value)}`;
    case 'nested':
      return `${printTerm(node.path)}: { ${toKqlExpression(node.query)} }`;
    case 'not':
      return `not ${group(node.child, node.child.kind === 'and' || node.child.kind === 'or' || node.child.kind === 'not')}`;
    case 'and':
      return node.children.map((c) => group(c, c.kind === 'and' || c.kind === 'or')).join(' and ');
    case 'or':
      // `and` binds tighter than `or`, so only a nested `or` needs parentheses.
      return node.children.map((c) => group(c, c.kind === 'or')).join(' or ');
  }
}

function group(node: KqlNode, parenthesize: boolean): string {
  const text = toKqlExpression(node);
  return parenthesize ? `(${text})` : text;
}

/** A field name, path or value. Texts that no unquoted form can carry (e.g. " a", "true") are quoted. */
function printTerm(term: KqlTerm): string {
  if (term.kind === 'wildcard') return escapeUnquoted(term.parts);
  if (typeof term.value !== 'string') return String(term.value);
  if (term.quoted || !isUnquotable(term.value)) return quote(term.value);
  return escapeUnquoted([term.value]);
}

function quote(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

function isUnquotable(text: string): boolean {
  return (
    text !== '' && text === text.trim() && text !== 'true' && text !== 'false' && text !== 'null'
  );
}

/** Unquoted text: the parts between wildcard stars, each escaped, joined by `*`. */
function escapeUnquoted(parts: readonly string[]): string {
  return parts.map((part, index) => escapePart(part, index === parts.length - 1)).join('*');
}

function escapePart(text: string, isLast: boolean): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (SPECIAL.includes(c)) {
      out += `\\${c}`;
      i++;
      continue;
    }
    if (ESCAPED_WHITESPACE[c] !== undefined) {
      out += ESCAPED_WHITESPACE[c];
      i++;
      continue;
    }
    const keyword = keywordAt(text, i, isLast);
    if (keyword !== undefined) {
      out += keyword.escaped;
      i += keyword.length;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/**
 * `or` / `and` between spaces and `not` before a space would end the value; escape them. The end of the text counts
 * as a space: whatever the printer writes next may start with one.
 */
function keywordAt(
  text: string,
  i: number,
  isLast: boolean,
): { escaped: string; length: number } | undefined {
  const spaceAfter = (end: number): boolean =>
    isRawSpace(text[end]) || (isLast && end === text.length);
  for (const w of ['or', 'and']) {
    const candidate = text.slice(i, i + w.length);
    if (candidate.toLowerCase() === w && isRawSpace(text[i - 1]) && spaceAfter(i + w.length)) {
      return { escaped: `\\${candidate}`, length: w.length };
    }
  }
  const candidate = text.slice(i, i + 3);
  if (candidate.toLowerCase() === 'not' && spaceAfter(i + 3)) {
    // `\not` would read as a line break followed by "ot"; escape the first letter as a code point instead.
    const code = candidate.charCodeAt(0).toString(16).padStart(4, '0');
    return { escaped: `\\u${code}${candidate.slice(1)}`, length: 3 };
  }
  return undefined;
}
