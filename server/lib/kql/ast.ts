// The KQL syntax tree: what the parser produces, the printer prints and the translator turns into query DSL.
// Node meanings follow Kibana's kuery functions (is, range, nested, and, or, not).

/** A plain value: quoted text, unquoted text, or the unquoted words true / false / null. */
export interface KqlLiteral {
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

export interface KqlAnd {
  readonly kind: 'and';
  readonly children: readonly KqlNode[];
}

export interface KqlOr {
  readonly kind: 'or';
  readonly children: readonly KqlNode[];
}

export interface KqlNot {
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
