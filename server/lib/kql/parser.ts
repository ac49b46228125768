// Recursive-descent parser for KQL. It follows Kibana's KQL grammar rule for rule with PEG semantics (ordered
// choice, backtracking, results cached per rule and offset), so queries parse to the same trees and bad ones fail
// with the same "Expected … but … found." message at the same offset (KqlSyntaxError, below the entry point).
//
// The grammar (PEG; `"x"i` ignores case; a quoted name after a rule is how errors name it):
//
//   start                 = Space* OrQuery? Space*                    (nothing at all means `*:*`)
//   OrQuery               = AndQuery (Or AndQuery)*
//   AndQuery              = NotQuery (And NotQuery)*
//   NotQuery              = Not SubQuery / SubQuery
//   SubQuery              = "(" Space* OrQuery Space* ")" / NestedQuery
//   NestedQuery           = Field Space* ":" Space* "{" Space* OrQuery Space* "}" / Expression
//   Expression            = FieldRangeExpression / FieldValueExpression / ValueExpression
//   FieldRangeExpression  = Field Space* RangeOperator Space* Literal
//   FieldValueExpression  = Field Space* ":" Space* ListOfValues
//   ValueExpression       = Value                                      (a value searched in every field)
//   ListOfValues          = "(" Space* OrListOfValues Space* ")" / Value
//   OrListOfValues        = AndListOfValues (Or AndListOfValues)*
//   AndListOfValues       = NotListOfValues (And NotListOfValues)*
//   NotListOfValues       = Not ListOfValues / ListOfValues
//   Field "field name"    = Literal
//   Value "value"         = QuotedString / UnquotedLiteral            (leading `*` refused unless allowed)
//   Literal "literal"     = QuotedString / UnquotedLiteral
//   Or "OR"               = Space+ "or"i Space+
//   And "AND"             = Space+ "and"i Space+
//   Not "NOT"             = "not"i Space+
//   QuotedString          = '"' QuotedCharacter* '"'
//   QuotedCharacter       = EscapedWhitespace / EscapedUnicode / "\" [\\"] / [^"]
//   UnquotedLiteral       = UnquotedCharacter+                         (trimmed; true/false/null become literals)
//   UnquotedCharacter     = EscapedWhitespace / "\" Special / EscapedUnicode / "\" ("or"i / "and"i / "not"i)
//                         / "*" / !Special !Keyword .
//   Keyword               = Space "or"i Space / Space "and"i Space / "not"i Space
//   Special               = [\\():<>"*{}]
//   EscapedWhitespace     = "\t" / "\r" / "\n"
//   EscapedUnicode        = "\u" [0-9a-f]i{4}
//   RangeOperator         = "<=" / ">=" / "<" / ">"
//   Space "whitespace"    = [ \t\r\n\u00A0]
//
// How failures are reported (this is what makes the messages match): every expectation that fails at the furthest
// offset reached is listed; inside a named rule (Field, Value, Literal, Or, And, Not, Space) only the rule's name
// is reported; and a rule evaluated again at an offset where it already ran answers from the cache without
// reporting anything — so a whitespace probe made while scanning a word silences a later "whitespace".

import type { KqlNode, KqlTerm } from './syntax';
import { ANY_FIELD, hasLeadingWildcard, literal, wildcard } from './syntax';

interface KqlParseOptions {
  /** Accept values starting with `*` (Kibana's query:allowLeadingWildcards). Default true, as in Kibana's parser. */
  allowLeadingWildcards?: boolean;
}

/** Deepest nesting of (…) and {…} accepted; deeper input is refused instead of exhausting the call stack. */
export const MAX_NESTING_DEPTH = 200;

export const LEADING_WILDCARDS_DISABLED =
  'Leading wildcards are disabled. See query:allowLeadingWildcards in Advanced Settings.';

/** Parses a KQL query. Throws KqlSyntaxError (and nothing else) when the text is not valid KQL. */
export function parseKql(text: string, options: KqlParseOptions = {}): KqlNode {
  return new Parser(text, options.allowLeadingWildcards ?? true).parse();
}

/** Where and why parsing failed. */
interface KqlSyntaxErrorDetails {
  /** The query text as given. */
  readonly query: string;
  /** Offset (UTF-16 code units) where parsing failed; the caret in the message points here. */
  readonly offset: number;
  /** What would have been accepted there (sorted, de-duplicated), or null for a message-only error. */
  readonly expected: readonly string[] | null;
  /** The character found at the offset, or null at the end of the input. */
  readonly found: string | null;
  /** Used instead of the "Expected … found." sentence when `expected` is null. */
  readonly message?: string;
}

/** The error a malformed query raises, worded exactly as Kibana words it ("Expected … but … found."). */
export class KqlSyntaxError extends Error {
  /** The first line of the message, without the query and the caret. */
  readonly shortMessage: string;
  readonly offset: number;
  readonly expected: readonly string[] | null;
  readonly found: string | null;
  readonly query: string;

  constructor(details: KqlSyntaxErrorDetails) {
    const shortMessage =
      details.expected === null
        ? (details.message ?? 'Invalid KQL query.')
        : `Expected ${details.expected.join(', ')} but ${
            details.found === null ? 'end of input' : `"${details.found}"`
          } found.`;
    // Kibana's layout: the sentence, the query, then a caret under the failing offset.
    super([shortMessage, details.query, `${'-'.repeat(details.offset)}^`].join('\n'));
    this.name = 'KQLSyntaxError';
    this.shortMessage = shortMessage;
    this.offset = details.offset;
    this.expected = details.expected;
    this.found = details.found;
    this.query = details.query;
  }
}

export function isKqlSyntaxError(error: unknown): error is KqlSyntaxError {
  return error instanceof KqlSyntaxError;
}

const FAIL = Symbol('fail');
type Fail = typeof FAIL;
type Memo<T> = { end: number; result: T } | Fail;
/** A parsed value waiting for its field: `a: (x or y)` applies one field to every value in the list. */
type ValueBuilder = (field: KqlTerm) => KqlNode;
/** Marks a `*` among the characters of an unquoted literal (an escaped `\*` is plain text). */
const STAR = Symbol('star');

const SPECIAL = '\\():<>"*{}';
const HEX = /^[0-9a-f]{4}$/i;
// spaceMemo: 0 = not probed yet.
const SPACE_HIT = 1;
const SPACE_MISS = 2;

function isSpaceChar(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\u00a0';
}

const ESCAPED_WHITESPACE: Readonly<Record<string, string>> = { t: '\t', r: '\r', n: '\n' };
const BETWEEN_SPACES = ['or', 'and'] as const;
const ESCAPABLE_KEYWORDS = ['or', 'and', 'not'] as const;

class Parser {
  private pos = 0;
  private silent = 0;
  private depth = 0;
  private maxFailPos = 0;
  private expected: string[] = [];
  private readonly spaceMemo: Uint8Array;
  private readonly literalMemo = new Map<number, Memo<KqlTerm>>();
  private readonly fieldMemo = new Map<number, Memo<KqlTerm>>();
  private readonly valueMemo = new Map<number, Memo<ValueBuilder>>();

  constructor(
    private readonly input: string,
    private readonly allowLeadingWildcards: boolean,
  ) {
    this.spaceMemo = new Uint8Array(input.length + 1);
  }

  parse(): KqlNode {
    // start = Space* OrQuery? Space* — it always succeeds; the input must then be used up.
    this.spaces();
    const query = this.orQuery();
    this.spaces();
    if (this.pos === this.input.length) {
      return query === FAIL
        ? { kind: 'is', field: wildcard(['', '']), value: wildcard(['', '']) }
        : query;
    }
    this.fail('end of input');
    const expected = [...new Set(this.expected)].sort();
    const found = this.maxFailPos < this.input.length ? this.input.charAt(this.maxFailPos) : null;
    throw new KqlSyntaxError({ query: this.input, offset: this.maxFailPos, expected, found });
  }

  // ---- failure bookkeeping -------------------------------------------------------------------------------

  private fail(expectation: string): void {
    if (this.silent > 0 || this.pos < this.maxFailPos) return;
    if (this.pos > this.maxFailPos) {
      this.maxFailPos = this.pos;
      this.expected = [];
    }
    this.expected.push(expectation);
  }

  /** A named rule: failures inside it are silent; if it fails, its name is the one expectation reported. */
  private named<T>(name: string, body: () => T | Fail): T | Fail {
    this.silent++;
    const result = body();
    this.silent--;
    if (result === FAIL) this.fail(name);
    return result;
  }

  /** Caches a rule per offset. A cache hit moves past the match and reports no failures, as a cached PEG does. */
  private memo<T>(table: Map<number, Memo<T>>, body: () => T | Fail): T | Fail {
    const start = this.pos;
    const hit = table.get(start);
    if (hit !== undefined) {
      if (hit === FAIL) return FAIL;
      this.pos = hit.end;
      return hit.result;
    }
    const result = body();
    table.set(start, result === FAIL ? FAIL : { end: this.pos, result });
    return result;
  }

  /** Runs a sequence; on failure puts the offset back where the sequence began. */
  private attempt<T>(body: () => T | Fail): T | Fail {
    const start = this.pos;
    const result = body();
    if (result === FAIL) this.pos = start;
    return result;
  }

  private char(c: string): boolean {
    if (this.input[this.pos] === c) {
      this.pos++;
      return true;
    }
    this.fail(`"${c}"`);
    return false;
  }

  private text(s: string): boolean {
    if (this.input.startsWith(s, this.pos)) {
      this.pos += s.length;
      return true;
    }
    this.fail(`"${s}"`);
    return false;
  }

  /** A keyword in any case (`'or'i`). */
  private word(w: string): boolean {
    if (this.wordAt(this.pos, w)) {
      this.pos += w.length;
      return true;
    }
    this.fail(`"${w}"`);
    return false;
  }

  /**
   * Whether `w` (lower-case ASCII letters) is at `at`, in any case. Comparing code units is the same as lower-casing
   * the text: no character outside ASCII lower-cases to one of the keyword letters.
   */
  private wordAt(at: number, w: string): boolean {
    for (let i = 0; i < w.length; i++) {
      if ((this.input.charCodeAt(at + i) | 0x20) !== w.charCodeAt(i)) return false;
    }
    return true;
  }

  private enter(): void {
    this.depth++;
    if (this.depth > MAX_NESTING_DEPTH) {
      throw new KqlSyntaxError({
        query: this.input,
        offset: this.pos - 1,
        expected: null,
        found: null,
        message: `Query nests groups more than ${MAX_NESTING_DEPTH} levels deep.`,
      });
    }
  }

  private leave(): void {
    this.depth--;
  }

  // ---- whitespace ----------------------------------------------------------------------------------------

  /** Space "whitespace", cached per offset (the cache is what silences repeated probes). */
  private space(): boolean {
    const p = this.pos;
    const known = this.spaceMemo[p];
    if (known === SPACE_HIT) {
      this.pos = p + 1;
      return true;
    }
    if (known === SPACE_MISS) return false;
    if (isSpaceChar(this.input[p])) {
      this.spaceMemo[p] = SPACE_HIT;
      this.pos = p + 1;
      return true;
    }
    this.spaceMemo[p] = SPACE_MISS;
    this.fail('whitespace');
    return false;
  }

  /** Space* */
  private spaces(): void {
    while (this.space());
  }

  /** Space+ */
  private spaces1(): boolean {
    if (!this.space()) return false;
    this.spaces();
    return true;
  }

  // ---- boolean structure ---------------------------------------------------------------------------------

  private orQuery(): KqlNode | Fail {
    return this.chain(
      () => this.andQuery(),
      () => this.or(),
      (children) => ({ kind: 'or', children }),
    );
  }

  private andQuery(): KqlNode | Fail {
    return this.chain(
      () => this.notQuery(),
      () => this.and(),
      (children) => ({ kind: 'and', children }),
    );
  }

  /** `item (separator item)*`; one item stands alone, more are combined. */
  private chain<T>(
    item: () => T | Fail,
    separator: () => boolean,
    combine: (items: T[]) => T,
  ): T | Fail {
    const head = item();
    if (head === FAIL) return FAIL;
    const items = [head];
    for (;;) {
      const start = this.pos;
      if (!separator()) break;
      const next = item();
      if (next === FAIL) {
        this.pos = start;
        break;
      }
      items.push(next);
    }
    return items.length === 1 ? head : combine(items);
  }

  private notQuery(): KqlNode | Fail {
    const negated = this.attempt<KqlNode>(() => {
      if (!this.not()) return FAIL;
      const child = this.subQuery();
      return child === FAIL ? FAIL : { kind: 'not', child };
    });
    return negated !== FAIL ? negated : this.subQuery();
  }

  private subQuery(): KqlNode | Fail {
    const group = this.attempt<KqlNode>(() => {
      if (!this.char('(')) return FAIL;
      this.enter();
      this.spaces();
      const query = this.orQuery();
      if (query === FAIL) return this.leaveWith(FAIL);
      this.spaces();
      return this.leaveWith(this.char(')') ? query : FAIL);
    });
    return group !== FAIL ? group : this.nestedQuery();
  }

  private nestedQuery(): KqlNode | Fail {
    const nested = this.attempt<KqlNode>(() => {
      const path = this.field();
      if (path === FAIL) return FAIL;
      this.spaces();
      if (!this.char(':')) return FAIL;
      this.spaces();
      if (!this.char('{')) return FAIL;
      this.enter();
      this.spaces();
      const query = this.orQuery();
      if (query === FAIL) return this.leaveWith(FAIL);
      this.spaces();
      return this.leaveWith(this.char('}') ? { kind: 'nested', path, query } : FAIL);
    });
    return nested !== FAIL ? nested : this.expression();
  }

  private leaveWith<T>(result: T): T {
    this.leave();
    return result;
  }

  private or(): boolean {
    return this.flag(() => this.named('OR', () => this.keywordBetweenSpaces('or')));
  }

  private and(): boolean {
    return this.flag(() => this.named('AND', () => this.keywordBetweenSpaces('and')));
  }

  private not(): boolean {
    return this.flag(() =>
      this.named('NOT', () =>
        this.attempt(() => (this.word('not') && this.spaces1() ? true : FAIL)),
      ),
    );
  }

  private keywordBetweenSpaces(w: string): true | Fail {
    return this.attempt(() => (this.spaces1() && this.word(w) && this.spaces1() ? true : FAIL));
  }

  private flag(body: () => true | Fail): boolean {
    return body() !== FAIL;
  }

  // ---- field expressions ---------------------------------------------------------------------------------

  private expression(): KqlNode | Fail {
    const range = this.fieldRangeExpression();
    if (range !== FAIL) return range;
    const fieldValue = this.fieldValueExpression();
    if (fieldValue !== FAIL) return fieldValue;
    const value = this.value();
    return value === FAIL ? FAIL : value(ANY_FIELD);
  }

  private fieldRangeExpression(): KqlNode | Fail {
    return this.attempt<KqlNode>(() => {
      const field = this.field();
      if (field === FAIL) return FAIL;
      this.spaces();
      const operator = this.rangeOperator();
      if (operator === FAIL) return FAIL;
      this.spaces();
      const value = this.literal();
      return value === FAIL ? FAIL : { kind: 'range', field, operator, value };
    });
  }

  private rangeOperator(): 'lte' | 'gte' | 'lt' | 'gt' | Fail {
    if (this.text('<=')) return 'lte';
    if (this.text('>=')) return 'gte';
    if (this.text('<')) return 'lt';
    if (this.text('>')) return 'gt';
    return FAIL;
  }

  private fieldValueExpression(): KqlNode | Fail {
    return this.attempt<KqlNode>(() => {
      const field = this.field();
      if (field === FAIL) return FAIL;
      this.spaces();
      if (!this.char(':')) return FAIL;
      this.spaces();
      const values = this.listOfValues();
      return values === FAIL ? FAIL : values(field);
    });
  }

  private listOfValues(): ValueBuilder | Fail {
    const group = this.attempt<ValueBuilder>(() => {
      if (!this.char('(')) return FAIL;
      this.enter();
      this.spaces();
      const values = this.orListOfValues();
      if (values === FAIL) return this.leaveWith(FAIL);
      this.spaces();
      return this.leaveWith(this.char(')') ? values : FAIL);
    });
    return group !== FAIL ? group : this.value();
  }

  private orListOfValues(): ValueBuilder | Fail {
    return this.chain(
      () => this.andListOfValues(),
      () => this.or(),
      (builders) => (field) => ({ kind: 'or', children: builders.map((b) => b(field)) }),
    );
  }

  private andListOfValues(): ValueBuilder | Fail {
    return this.chain(
      () => this.notListOfValues(),
      () => this.and(),
      (builders) => (field) => ({ kind: 'and', children: builders.map((b) => b(field)) }),
    );
  }

  private notListOfValues(): ValueBuilder | Fail {
    const negated = this.attempt<ValueBuilder>(() => {
      if (!this.not()) return FAIL;
      const values = this.listOfValues();
      return values === FAIL ? FAIL : (field) => ({ kind: 'not', child: values(field) });
    });
    return negated !== FAIL ? negated : this.listOfValues();
  }

  // ---- terms ---------------------------------------------------------------------------------------------

  private field(): KqlTerm | Fail {
    return this.memo(this.fieldMemo, () => this.named('field name', () => this.literal()));
  }

  private literal(): KqlTerm | Fail {
    return this.memo(this.literalMemo, () =>
      this.named('literal', () => {
        const quoted = this.quotedString();
        return quoted !== FAIL ? quoted : this.unquotedLiteral();
      }),
    );
  }

  private value(): ValueBuilder | Fail {
    return this.memo(this.valueMemo, () =>
      this.named('value', (): ValueBuilder | Fail => {
        const start = this.pos;
        const quoted = this.quotedString();
        if (quoted !== FAIL) return (field) => ({ kind: 'is', field, value: quoted });
        const unquoted = this.unquotedLiteral();
        if (unquoted === FAIL) return FAIL;
        if (!this.allowLeadingWildcards && hasLeadingWildcard(unquoted)) {
          throw new KqlSyntaxError({
            query: this.input,
            offset: start,
            expected: null,
            found: null,
            message: LEADING_WILDCARDS_DISABLED,
          });
        }
        return (field) => ({ kind: 'is', field, value: unquoted });
      }),
    );
  }

  private quotedString(): KqlTerm | Fail {
    return this.attempt<KqlTerm>(() => {
      if (!this.char('"')) return FAIL;
      let text = '';
      for (let c = this.quotedCharacter(); c !== FAIL; c = this.quotedCharacter()) text += c;
      return this.char('"') ? literal(text, true) : FAIL;
    });
  }

  private quotedCharacter(): string | Fail {
    const c = this.input[this.pos];
    if (c === undefined || c === '"') return FAIL;
    if (c === '\\') {
      const escaped = this.escapedWhitespace() ?? this.escapedUnicode();
      if (escaped !== undefined) return escaped;
      const next = this.input[this.pos + 1];
      if (next === '\\' || next === '"') {
        this.pos += 2;
        return next;
      }
    }
    // Any other character, a backslash that starts no escape included, stands for itself.
    this.pos++;
    return c;
  }

  private unquotedLiteral(): KqlTerm | Fail {
    const parts: string[] = [''];
    let count = 0;
    for (let c = this.unquotedCharacter(); c !== FAIL; c = this.unquotedCharacter()) {
      count++;
      if (c === STAR) parts.push('');
      else parts[parts.length - 1] += c;
    }
    if (count === 0) return FAIL;
    if (parts.length === 1) {
      const text = parts[0].trim();
      if (text === 'null') return literal(null);
      if (text === 'true') return literal(true);
      if (text === 'false') return literal(false);
      return literal(text);
    }
    // Trimming the whole sequence only ever touches the first and the last part: a star is not whitespace.
    parts[0] = parts[0].trimStart();
    parts[parts.length - 1] = parts[parts.length - 1].trimEnd();
    return wildcard(parts);
  }

  private unquotedCharacter(): string | typeof STAR | Fail {
    const c = this.input[this.pos];
    if (c === '\\') {
      const escaped = this.escapedWhitespace();
      if (escaped !== undefined) return escaped;
      const next = this.input[this.pos + 1];
      if (next !== undefined && SPECIAL.includes(next)) {
        this.pos += 2;
        return next;
      }
      const unicode = this.escapedUnicode();
      if (unicode !== undefined) return unicode;
      for (const w of ESCAPABLE_KEYWORDS) {
        if (this.wordAt(this.pos + 1, w)) {
          const keyword = this.input.slice(this.pos + 1, this.pos + 1 + w.length);
          this.pos += 1 + w.length;
          return keyword;
        }
      }
      return FAIL; // a backslash starting no escape ends the literal
    }
    if (c === '*') {
      this.pos++;
      return STAR;
    }
    if (c === undefined || SPECIAL.includes(c)) {
      // At the end of the input the keyword probe still runs (and caches a whitespace miss there).
      if (c === undefined) this.atKeyword();
      return FAIL;
    }
    if (this.atKeyword()) return FAIL;
    this.pos++;
    return c;
  }

  /** The negative lookahead `!Keyword`: probes without consuming and without reporting. */
  private atKeyword(): boolean {
    const start = this.pos;
    this.silent++;
    let found = false;
    // Space "or"i Space / Space "and"i Space / "not"i Space, each probe starting over at `start`.
    for (const w of BETWEEN_SPACES) {
      this.pos = start;
      if (this.space() && this.word(w) && this.space()) found = true;
      if (found) break;
    }
    if (!found) {
      this.pos = start;
      found = this.word('not') && this.space();
    }
    this.pos = start;
    this.silent--;
    return found;
  }

  private escapedWhitespace(): string | undefined {
    const escaped = ESCAPED_WHITESPACE[this.input[this.pos + 1] ?? ''];
    if (this.input[this.pos] !== '\\' || escaped === undefined) return undefined;
    this.pos += 2;
    return escaped;
  }

  private escapedUnicode(): string | undefined {
    if (this.input[this.pos] !== '\\' || this.input[this.pos + 1] !== 'u') return undefined;
    const digits = this.input.slice(this.pos + 2, this.pos + 6);
    if (!HEX.test(digits)) return undefined;
    this.pos += 6;
    return String.fromCharCode(parseInt(digits, 16));
  }
}
