// The new-terms search on the engine, in Kibana's three phases: combinations of the new-terms fields seen in
// the run's window (composite aggregation, with each one's earliest event), dropping those already seen
// between `history_window_start` and the window's start, then handing back the first event of each new one.
import type { Client } from '@elastic/elasticsearch';
import { flatten } from '../rules/flat_document';
import type { SourceHit } from './alert_document';
import type { RangeTuple } from './range_tuples';
import { timeRangeFilter } from './time_range_filter';

export interface NewTermsEvent {
  hit: SourceHit;
  terms: unknown[];
  /** The event's time on the rule's timestamp (override, else `@timestamp`): orders the alerts. */
  time: string | undefined;
  /** The event's own `@timestamp`: the alert's `kibana.alert.original_time`. */
  originalTime: string | undefined;
}

export interface NewTermsOutcome {
  events: NewTermsEvent[];
  candidates: number;
  searchDurationMs: number;
}

interface CompositeBucket {
  key: Record<string, unknown>;
  first?: { hits: { hits: SourceHit[] } };
}

interface CompositeResponse {
  aggregations?: { terms?: { buckets: CompositeBucket[]; after_key?: Record<string, unknown> } };
}

const PAGE = 500;
const HISTORY_BATCH = 100;

function sources(fields: string[]) {
  return fields.map((field, i) => ({ [`t${i}`]: { terms: { field } } }));
}

function keyOf(bucket: CompositeBucket, fields: string[]): unknown[] {
  return fields.map((_, i) => bucket.key[`t${i}`]);
}

function timeOf(
  hit: SourceHit,
  primary: string,
  secondary: string | undefined,
): string | undefined {
  const doc = flatten(hit._source);
  const value = doc.get(primary)?.[0] ?? (secondary ? doc.get(secondary)?.[0] : undefined);
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
}): Promise<NewTermsOutcome> {
  const { esClient, indices, ruleQuery, fields, tuple, primaryTimestamp, secondaryTimestamp } =
    args;
  let searchDurationMs = 0;
  const timed = async <T>(run: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await run();
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

  // Phase 1: every combination in the run's window, with its earliest event.
  const windowFilter = timeRangeFilter(primaryTimestamp, secondaryTimestamp, {
    gte: tuple.from.toISOString(),
    lte: tuple.to.toISOString(),
  });
  const candidates: Array<{ terms: unknown[]; hit: SourceHit }> = [];
  let after: Record<string, unknown> | undefined;
  do {
    const response = (await timed(() =>
      esClient.search({
        index: indices,
        ignore_unavailable: true,
        allow_no_indices: true,
        size: 0,
        query: { bool: { filter: [ruleQuery, windowFilter] } },
        aggs: {
          terms: {
            composite: { size: PAGE, sources: sources(fields), ...(after ? { after } : {}) },
            aggs: {
              first: { top_hits: { size: 1, sort, seq_no_primary_term: false, version: true } },
            },
          },
        },
      } as never),
    )) as CompositeResponse;
    const agg = response.aggregations?.terms;
    for (const bucket of agg?.buckets ?? []) {
      const hit = bucket.first?.hits.hits[0];
      if (hit) candidates.push({ terms: keyOf(bucket, fields), hit });
    }
    after = agg && agg.buckets.length === PAGE ? agg.after_key : undefined;
  } while (after);

  // Phase 2: drop combinations already seen in the history window before this window.
  const historyFilter = timeRangeFilter(primaryTimestamp, secondaryTimestamp, {
    gte: args.historyStart.toISOString(),
    lt: tuple.from.toISOString(),
  });
  const seen = new Set<string>();
  for (let i = 0; i < candidates.length; i += HISTORY_BATCH) {
    const batch = candidates.slice(i, i + HISTORY_BATCH);
    const response = (await timed(() =>
      esClient.search({
        index: indices,
        ignore_unavailable: true,
        allow_no_indices: true,
        size: 0,
        query: {
          bool: {
            filter: [
              ruleQuery,
              historyFilter,
              {
                bool: {
                  should: batch.map(({ terms }) => ({
                    bool: { filter: fields.map((field, f) => ({ term: { [field]: terms[f] } })) },
                  })),
                  minimum_should_match: 1,
                },
              },
            ],
          },
        },
        aggs: { terms: { composite: { size: batch.length, sources: sources(fields) } } },
      } as never),
    )) as CompositeResponse;
    for (const bucket of response.aggregations?.terms?.buckets ?? []) {
      seen.add(JSON.stringify(keyOf(bucket, fields)));
    }
  }

  // Phase 3: the first event of each new combination, oldest first.
  const events = candidates
    .filter(({ terms }) => !seen.has(JSON.stringify(terms)))
    .map(({ terms, hit }) => ({
      terms,
      hit,
      time: timeOf(hit, primaryTimestamp, secondaryTimestamp),
      originalTime: timeOf(hit, '@timestamp', undefined),
    }))
    .sort((a, b) => (a.time ?? '').localeCompare(b.time ?? ''));
  return { events, candidates: candidates.length, searchDurationMs };
}
