// Backtest, stage 2 — the searches: per distinct term set, when it occurred, read from aggregations only
// (composite pages over the new-terms fields, each with a date histogram of min/max event times), and the days
// that hold matching events at all. No event is read here; the cost follows the number of term sets and days.
import type { estypes } from '@elastic/elasticsearch';
import { DAY_MS } from '../../../common/time';
import { buildTimeRangeFilter } from '../kql';
import type { ElasticsearchClient } from '../service_context';

type Query = estypes.QueryDslQueryContainer;

/** One stretch of a term set's occurrences: the first and last event time in one histogram bucket. */
export interface Occurrence {
  first: number;
  last: number;
}

export interface TermSet {
  /** The composite key's values, in new-terms field order (numbers and booleans keep their type). */
  key: unknown[];
  /** Non-empty buckets, oldest first. */
  occurrences: Occurrence[];
}

export interface SearchScope {
  client: ElasticsearchClient;
  patterns: string[];
  /** The rule query with its exceptions. */
  query: Query;
  fields: string[];
  primaryTime: string;
  secondaryTime: string | undefined;
  from: number;
  to: number;
  signal?: AbortSignal;
  /** Called after every search request (for counting and progress). */
  onSearch(progress: { termSets: number }): void;
}

/** Where each event's time comes from: the override where present, `@timestamp` (fallback) where it is not. */
interface TimeSource {
  field: string;
  filter: Query;
}

function timeSources(scope: Pick<SearchScope, 'primaryTime' | 'secondaryTime'>): TimeSource[] {
  const primary = { field: scope.primaryTime, filter: { exists: { field: scope.primaryTime } } };
  if (!scope.secondaryTime) return [primary];
  return [
    primary,
    {
      field: scope.secondaryTime,
      filter: { bool: { must_not: [{ exists: { field: scope.primaryTime } }] } },
    },
  ];
}

const rangeOn = (field: string, from: number, to: number): Query =>
  buildTimeRangeFilter({
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    timestampField: field,
  }) as Query;

/** A size-0 search of the rule's patterns as the caller, counted, stopped by the scope's signal. */
async function aggregate(scope: SearchScope, body: Omit<estypes.SearchRequest, 'index'>) {
  scope.signal?.throwIfAborted();
  return scope.client.search(
    { index: scope.patterns, ignore_unavailable: true, allow_no_indices: true, size: 0, ...body },
    { signal: scope.signal },
  );
}

/** Buckets one search may return: below Elasticsearch's `search.max_buckets` (65,536). */
const MAX_BUCKETS = 50_000;

export function histogramBucketMs(
  historyMs: number,
  lookBackMs: number,
  intervalMs: number,
): number {
  // Occurrences within one bucket are never a history window apart, so a bucket must stay shorter than it.
  return Math.max(60_000, Math.min(DAY_MS, Math.floor((historyMs - lookBackMs - intervalMs) / 2)));
}

interface CompositeBucket {
  key: Record<string, unknown>;
  times: { buckets: Array<{ first: { value: number | null }; last: { value: number | null } }> };
}

/**
 * Every term set with an event in [from, to], and its occurrences per bucket (both time sources merged).
 * Documents missing a new-terms field have no composite key and are skipped, as the detection engine skips them.
 */
export async function searchTermSets(scope: SearchScope, bucketMs: number): Promise<TermSet[]> {
  const bySet = new Map<string, TermSet>();
  const perSet = Math.ceil((scope.to - scope.from) / bucketMs) + 1;
  const pageSize = Math.max(1, Math.min(5_000, Math.floor(MAX_BUCKETS / (perSet + 1))));
  const sources = scope.fields.map((field, i) => ({ [`t${i}`]: { terms: { field } } }));
  for (const source of timeSources(scope)) {
    let after: estypes.AggregationsCompositeAggregateKey | undefined;
    do {
      const response = await aggregate(scope, {
        query: {
          bool: {
            filter: [scope.query, source.filter, rangeOn(source.field, scope.from, scope.to)],
          },
        },
        aggs: {
          sets: {
            composite: { size: pageSize, sources, ...(after ? { after } : {}) },
            aggs: {
              times: {
                date_histogram: {
                  field: source.field,
                  fixed_interval: `${bucketMs}ms`,
                  min_doc_count: 1,
                },
                aggs: {
                  first: { min: { field: source.field } },
                  last: { max: { field: source.field } },
                },
              },
            },
          },
        },
      });
      const agg = (
        response.aggregations as
          | {
              sets?: {
                buckets: CompositeBucket[];
                after_key?: estypes.AggregationsCompositeAggregateKey;
              };
            }
          | undefined
      )?.sets;
      const buckets = agg?.buckets ?? [];
      for (const bucket of buckets) {
        const key = scope.fields.map((_, i) => bucket.key[`t${i}`]);
        const id = JSON.stringify(key);
        const set = bySet.get(id) ?? { key, occurrences: [] };
        for (const time of bucket.times.buckets) {
          if (time.first.value === null || time.last.value === null) continue;
          set.occurrences.push({ first: time.first.value, last: time.last.value });
        }
        bySet.set(id, set);
      }
      scope.onSearch({ termSets: bySet.size });
      after = buckets.length === pageSize ? agg?.after_key : undefined;
    } while (after);
  }
  return [...bySet.values()].map((set) => ({
    key: set.key,
    occurrences: mergeOccurrences(set.occurrences, bucketMs),
  }));
}

/** The two time sources' buckets of one term set, merged per bucket and sorted. */
function mergeOccurrences(occurrences: Occurrence[], bucketMs: number): Occurrence[] {
  const byBucket = new Map<number, Occurrence>();
  for (const occurrence of occurrences) {
    const bucket = Math.floor(occurrence.first / bucketMs);
    const known = byBucket.get(bucket);
    byBucket.set(
      bucket,
      known
        ? {
            first: Math.min(known.first, occurrence.first),
            last: Math.max(known.last, occurrence.last),
          }
        : occurrence,
    );
  }
  return [...byBucket.values()].sort((a, b) => a.first - b.first);
}

/** UTC days (their start, ms) that hold at least one matching event in [from, to]: one search. */
export async function searchEventDays(scope: SearchScope): Promise<Set<number>> {
  const aggs: Record<string, estypes.AggregationsAggregationContainer> = {};
  timeSources(scope).forEach((source, i) => {
    aggs[`s${i}`] = {
      filter: { bool: { filter: [source.filter, rangeOn(source.field, scope.from, scope.to)] } },
      aggs: {
        days: { date_histogram: { field: source.field, fixed_interval: '1d', min_doc_count: 1 } },
      },
    };
  });
  const response = await aggregate(scope, { query: scope.query, aggs });
  scope.onSearch({ termSets: 0 });
  const days = new Set<number>();
  const answers = (response.aggregations ?? {}) as Record<
    string,
    { days?: { buckets: Array<{ key: number }> } }
  >;
  for (const answer of Object.values(answers)) {
    for (const bucket of answer.days?.buckets ?? []) days.add(bucket.key);
  }
  return days;
}
