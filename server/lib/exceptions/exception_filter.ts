// Kibana's exception filter (buildExceptionFilter of the lists utilities): each item's entries ANDed, the items
// ORed, the whole negated into the rule query's `must_not`, so it removes events from the run window and the
// history alike. Items whose `expire_time` has passed are left out, as the detection engine leaves them out.
import type { estypes } from '@elastic/elasticsearch';
import type { ExceptionEntry } from '../../../common/api';

export interface ExceptionItemLike {
  entries: readonly ExceptionEntry[];
  expireTime?: string | null;
}

type Query = estypes.QueryDslQueryContainer;

const anyOf = (should: Query[]): Query => ({ bool: { minimum_should_match: 1, should } });

function included(entry: ExceptionEntry): Query {
  switch (entry.type) {
    case 'match':
      return anyOf([{ match_phrase: { [entry.field]: entry.value } }]);
    case 'match_any':
      return entry.value.length === 1
        ? anyOf([{ match_phrase: { [entry.field]: entry.value[0] } }])
        : anyOf(entry.value.map((value) => anyOf([{ match_phrase: { [entry.field]: value } }])));
    case 'wildcard':
      return { bool: { filter: [{ wildcard: { [entry.field]: { value: entry.value } } }] } };
    case 'exists':
      return anyOf([{ exists: { field: entry.field } }]);
  }
}

/** One entry as Kibana's createInnerAndClauses builds it; `excluded` negates it. */
export function entryClause(entry: ExceptionEntry): Query {
  const clause = included(entry);
  return entry.operator === 'excluded' ? { bool: { must_not: [clause] } } : clause;
}

/** One item: its entries ANDed (a single entry stands alone, as in Kibana). */
export function itemClause(item: ExceptionItemLike): Query {
  const clauses = item.entries.map(entryClause);
  return clauses.length === 1 ? clauses[0] : { bool: { filter: clauses } };
}

export function activeItems<T extends ExceptionItemLike>(items: readonly T[], at: Date): T[] {
  return items.filter(
    (item) => item.entries.length > 0 && (!item.expireTime || new Date(item.expireTime) > at),
  );
}

/** The clause that matches what any active item excludes; null when none applies. */
export function exceptionClause(items: readonly ExceptionItemLike[], at: Date): Query | null {
  const active = activeItems(items, at);
  if (active.length === 0) return null;
  return anyOf(active.map(itemClause));
}

/** The rule query with the exceptions applied (Kibana adds them as a negated filter). */
export function withExceptions(query: Query, items: readonly ExceptionItemLike[], at: Date): Query {
  const excluded = exceptionClause(items, at);
  return excluded ? { bool: { filter: [query], must_not: [excluded] } } : query;
}
