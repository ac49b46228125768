// The error a malformed KQL query raises, worded exactly as Kibana words it ("Expected … but … found.").

export interface KqlSyntaxErrorDetails {
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
