// The new-terms search on the engine, in Kibana's three phases: combinations of the new-terms fields seen in
// the run's window (composite aggregation pages), then per batch of them whether each was already seen
// between `history_window_start` and the window's start, with the first event of each new one.
import type { Client } from '@elastic/elasticsearch';
import { flatten } from '../rules/flat_document';
import type { SourceHit } from './alert_document';
import type { RangeTuple } from './range_tuples';
import { timeRangeFilter } from './time_range_filter';

export interface NewTermsEvent {
  hit: SourceHit;
  /** The combination as the engine's composite keys give it: numbers and booleans keep their type. */
  terms: unknown[];
  /** The event's own `@timestamp`: the alert's `kibana.alert.original_time`. */
  originalTime: string | undefined;
}

export interface NewTermsOutcome {
  /** New combinations in the engine's key order (the order Kibana creates alerts in), at most `limit`. */
  events: NewTermsEvent[];
  candidates: number;
  searchDurationMs: number;
}

type CompositeKey = Record<string, unknown>;

interface CompositeBucket {
  key: CompositeKey;
  history?: { doc_count: number };
}

interface CompositeResponse {
  aggregations?: { terms?: { buckets: CompositeBucket[]; after_key?: CompositeKey } };
}

/** Kibana's composite page size for the window's combinations. */
const WINDOW_PAGE = 10_000;
/**
 * Combinations checked against history per search, and the page size of that check. The batch restricts
 * documents with one `terms` clause per field (not one clause per combination), so the engine's clause limit
 * never caps it; a batch fits one page unless history documents carry combinations between its keys.
 */
const HISTORY_BATCH = 5_000;

function sources(fields: string[]) {
  return fields.map((field, i) => ({ [`t${i}`]: { terms: { field } } }));
}

const termsOf = (key: CompositeKey, fields: string[]): unknown[] =>
  fields.map((_, i) => key[`t${i}`]);

const idOf = (key: CompositeKey, fields: string[]): string => JSON.stringify(termsOf(key, fields));

function timeOf(hit: SourceHit, field: string): string | undefined {
  const value = flatten(hit._source).get(field)?.[0];
  return typeof value === 'string' ? value : undefined;
}

export async function searchNewTerms(args: {
  esClient: Client;
  indices: string[];
  ruleQuery: Record<string, unknown>;
  fields: string[];
  tuple: RangeTuple;
  historyStart: Date;
  primaryTimestamp: string;
  secondaryTimestamp: string | undefined;
  /** Stop once this many new combinations are found (Kibana stops paging at max_signals). */
  limit: number;
}): Promise<NewTermsOutcome> {
  const { esClient, indices, ruleQuery, fields, tuple, primaryTimestamp, secondaryTimestamp } =
    args;
  let searchDurationMs = 0;
  const search = async (body: Record<string, unknown>): Promise<CompositeResponse> => {
    const started = Date.now();
    try {
      return (await esClient.search({
        index: indices,
        ignore_unavailable: true,
        allow_no_indices: true,
        size: 0,
        ...body,
      } as never)) as CompositeResponse;
    } finally {
      searchDurationMs += Date.now() - started;
    }
  };
  const sort = [
    { [primaryTimestamp]: { order: 'asc', unmapped_type: 'date', missing: '_last' } },
    ...(secondaryTimestamp
      ? [{ [secondaryTimestamp]: { order: 'asc', unmapped_type: 'date' } }]
      : []),
  ];
  const window = { gte: tuple.from.toISOString(), lte: tuple.to.toISOString() };
  const windowFilter = timeRangeFilter(primaryTimestamp, secondaryTimestamp, window);
  // Kibana keeps a term set whose first event is strictly after `from` (its bucket selector's
  // `first_seen_value > start_time`): an event at exactly `from` is history, so the history ends inclusive.
  const historyFilter = timeRangeFilter(primaryTimestamp, secondaryTimestamp, {
    gte: args.historyStart.toISOString(),
    lte: tuple.from.toISOString(),
  });
  // History and window together: every combination of a batch then has a bucket (from its window events),
  // so paging can stop at the batch's last key without comparing keys the way the engine orders them.
  const historyAndWindowFilter = timeRangeFilter(primaryTimestamp, secondaryTimestamp, {
    gte: new Date(Math.min(args.historyStart.getTime(), tuple.from.getTime())).toISOString(),
    lte: window.lte,
  });

  const newKeys: CompositeKey[] = [];
  let candidates = 0;

  // Phase 2 for one batch of the window's combinations (contiguous in key order, after `previous`).
  // Documents are restricted to the batch's values per field; an array-valued document still yields
  // combinations outside the batch, so the composite pages on from `previous` until the batch's last key
  // and only the batch's own keys are read. Exact whatever the number of combinations per document.
  const checkBatch = async (batch: CompositeKey[], previous: CompositeKey | undefined) => {
    const wanted = new Set(batch.map((key) => idOf(key, fields)));
    const lastId = idOf(batch[batch.length - 1], fields);
    const valueFilters = fields.map((field, i) => ({
      terms: { [field]: [...new Set(batch.map((key) => key[`t${i}`]))] },
    }));
    let after = previous;
    for (;;) {
      const response = await search({
        query: { bool: { filter: [ruleQuery, historyAndWindowFilter, ...valueFilters] } },
        aggs: {
          terms: {
            composite: {
              size: HISTORY_BATCH,
              sources: sources(fields),
              ...(after ? { after } : {}),
            },
            aggs: { history: { filter: historyFilter } },
          },
        },
      });
      const agg = response.aggregations?.terms;
      const buckets = agg?.buckets ?? [];
      let reachedLast = false;
      for (const bucket of buckets) {
        const id = idOf(bucket.key, fields);
        if (id === lastId) reachedLast = true;
        if (!wanted.has(id) || (bucket.history?.doc_count ?? 0) > 0) continue;
        newKeys.push(bucket.key);
        if (newKeys.length >= args.limit) return;
      }
      if (reachedLast || buckets.length < HISTORY_BATCH || !agg?.after_key) return;
      after = agg.after_key;
    }
  };

  // Phase 1: the window's combinations, page by page; each page is checked before the next is read.
  let windowAfter: CompositeKey | undefined;
  do {
    const response = await search({
      query: { bool: { filter: [ruleQuery, windowFilter] } },
      aggs: {
        terms: {
          composite: {
            size: WINDOW_PAGE,
            sources: sources(fields),
            ...(windowAfter ? { after: windowAfter } : {}),
          },
        },
      },
    });
    const agg = response.aggregations?.terms;
    const keys = (agg?.buckets ?? []).map((bucket) => bucket.key);
    candidates += keys.length;
    let previous = windowAfter;
    for (let i = 0; i < keys.length && newKeys.length < args.limit; i += HISTORY_BATCH) {
      const batch = keys.slice(i, i + HISTORY_BATCH);
      await checkBatch(batch, previous);
      previous = batch[batch.length - 1];
    }
    windowAfter = agg && keys.length === WINDOW_PAGE ? agg.after_key : undefined;
  } while (windowAfter && newKeys.length < args.limit);

  // Phase 3: the first event of each new combination in the window — at most `limit` one-hit searches in
  // one msearch. A document holds a combination exactly when each field holds its value, arrays included.
  if (newKeys.length === 0) return { events: [], candidates, searchDurationMs };
  const started = Date.now();
  const found = await esClient.msearch({
    index: indices,
    ignore_unavailable: true,
    allow_no_indices: true,
    searches: newKeys.flatMap((key) => [
      {},
      {
        size: 1,
        sort,
        version: true,
        query: {
          bool: {
            filter: [
              ruleQuery,
              windowFilter,
              ...fields.map((field, i) => ({ term: { [field]: key[`t${i}`] } })),
            ],
          },
        },
      },
    ]),
  } as never);
  searchDurationMs += Date.now() - started;
  const events: NewTermsEvent[] = [];
  (found.responses as Array<{ hits?: { hits: SourceHit[] }; error?: unknown }>).forEach(
    (response, i) => {
      if (response.error)
        throw new Error(`new terms event search: ${JSON.stringify(response.error)}`);
      const hit = response.hits?.hits[0];
      if (hit) {
        events.push({
          terms: termsOf(newKeys[i], fields),
          hit,
          originalTime: timeOf(hit, '@timestamp'),
        });
      }
    },
  );
  return { events, candidates, searchDurationMs };
}
