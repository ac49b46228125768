// Wildcard values in the forms the DSL needs: query_string text, and a matcher for wildcard field names.

import type { KqlWildcard } from './ast';

// The query_string reserved characters; a backslash makes them literal inside the text between the stars.
const QUERY_STRING_RESERVED = /[+\-=&|><!(){}[\]^"~*?:\\/]/g;

/** `a-b*` → `a\-b*`: the literal parts escaped for query_string (and keyword `wildcard` queries), stars kept. */
export function toQueryStringQuery(term: KqlWildcard): string {
  return term.parts.map((part) => part.replace(QUERY_STRING_RESERVED, '\\$&')).join('*');
}

const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** Whether a field name matches a wildcard field pattern such as `machine.*` (a star matches anything). */
export function wildcardMatches(term: KqlWildcard, name: string): boolean {
  const source = term.parts.map((part) => part.replace(REGEXP_SPECIAL, '\\$&')).join('[\\s\\S]*');
  return new RegExp(`^${source}$`).test(name);
}
