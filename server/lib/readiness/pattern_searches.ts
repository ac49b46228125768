// The bounded searches run against one index pattern, sent together as one multi-search. Each one's cost is
// capped (counts stop at a limit, probes at the first hit, samples after a fixed number of documents) or served
// from index structures (max over points, histograms of a range on the same field), never by scanning the data.
import type { estypes } from '@elastic/elasticsearch';
import { COUNT_LIMIT, SAMPLE_RECENT_MS, SAMPLE_SIZE } from './readiness_limits';
import { EVENT_TIME_FIELD, type ReadinessPlan } from './readiness_plan';
import { DAY_MS } from './relative_time';
import { ruleTimeFilter, type TimeRange } from './time_filter';

export type SearchKey =
  | { kind: 'window_count' }
  | { kind: 'recent_matches' }
  | { kind: 'window_matches' }
  | { kind: 'newest' }
  | { kind: 'sample'; scope: 'recent' | 'window' }
  | { kind: 'hours'; field: string }
  | { kind: 'carries'; field: string };

export interface PatternSearch {
  key: SearchKey;
  body: estypes.SearchSearchRequestBody;
}

export interface SearchWindows {
  now: Date;
  history: TimeRange;
  recent: TimeRange;
  /** Where the timestamp-override share is sampled first (then the whole history window). */
  sample: TimeRange;
  /** Whole days in the history window (a partial oldest day counts as one). */
  days: number;
}

export function searchWindows(plan: ReadinessPlan, now: Date): SearchWindows {
  const end = now.getTime();
  return {
    now,
    history: { gte: new Date(end - plan.historyWindowMs), lt: now },
    recent: { gte: new Date(end - plan.lookBackMs), lt: now },
    sample: { gte: new Date(end - SAMPLE_RECENT_MS), lt: now },
    days: Math.ceil(plan.historyWindowMs / DAY_MS),
  };
}

function rangeOn(field: string, window: TimeRange): estypes.QueryDslQueryContainer {
  return {
    range: {
      [field]: {
        gte: window.gte.toISOString(),
        lt: window.lt.toISOString(),
        format: 'strict_date_optional_time',
      },
    },
  };
}

/** Size 0 with a capped total: Elasticsearch stops counting at the cap. */
function cappedCount(query: estypes.QueryDslQueryContainer): estypes.SearchSearchRequestBody {
  return { size: 0, track_total_hits: COUNT_LIMIT, query };
}

/** Does any document match? Each shard stops at its first hit. */
function existence(query: estypes.QueryDslQueryContainer): estypes.SearchSearchRequestBody {
  return { size: 0, terminate_after: 1, track_total_hits: true, query };
}

/** Newest values: `max` without a query is read from the index's point metadata, not from documents. */
function newest(fields: string[]): estypes.SearchSearchRequestBody {
  return {
    size: 0,
    track_total_hits: false,
    aggs: Object.fromEntries(fields.map((field) => [field, { max: { field } }])),
  };
}

/** The first SAMPLE_SIZE documents (per shard) of a window: how many carry the field. */
function sample(override: string, window: TimeRange): estypes.SearchSearchRequestBody {
  return {
    size: 0,
    terminate_after: SAMPLE_SIZE,
    track_total_hits: false,
    query: rangeOn(EVENT_TIME_FIELD, window),
    aggs: {
      sampled: { filter: { match_all: {} } },
      carrying: { filter: { exists: { field: override } } },
    },
  };
}

/**
 * Hours with data over the history window, by one time field. A histogram of a range on its own field is
 * answered from the points index (Elasticsearch's filter-by-filter, OpenSearch's fast filter), so it stays cheap
 * however many documents the hours hold; no offset, which would defeat that.
 */
function hours(field: string, window: TimeRange): estypes.SearchSearchRequestBody {
  return {
    size: 0,
    track_total_hits: false,
    query: rangeOn(field, window),
    aggs: { hours: { date_histogram: { field, fixed_interval: '1h', min_doc_count: 1 } } },
  };
}

export function patternSearches(plan: ReadinessPlan, windows: SearchWindows): PatternSearch[] {
  const historyFilter = ruleTimeFilter(plan, windows.history);
  const override = plan.timestampOverride;
  const timeFields = override ? [override, EVENT_TIME_FIELD] : [EVENT_TIME_FIELD];
  const searches: PatternSearch[] = [
    { key: { kind: 'window_count' }, body: cappedCount(historyFilter) },
    {
      key: { kind: 'recent_matches' },
      body: cappedCount({ bool: { filter: [ruleTimeFilter(plan, windows.recent), plan.query] } }),
    },
    {
      key: { kind: 'window_matches' },
      body: cappedCount({ bool: { filter: [historyFilter, plan.query] } }),
    },
    { key: { kind: 'newest' }, body: newest(timeFields) },
  ];
  if (override) {
    searches.push(
      { key: { kind: 'sample', scope: 'recent' }, body: sample(override, windows.sample) },
      { key: { kind: 'sample', scope: 'window' }, body: sample(override, windows.history) },
    );
  }
  for (const field of timeFields) {
    searches.push({ key: { kind: 'hours', field }, body: hours(field, windows.history) });
  }
  for (const field of plan.requiredQueryFields) {
    searches.push({
      key: { kind: 'carries', field },
      body: existence({ bool: { filter: [historyFilter, { exists: { field } }] } }),
    });
  }
  return searches;
}

const HOUR_MS = 3_600_000;

/**
 * Which day of the window (0 = the last 24 hours) an hour bucket starting at `key` counts for. The hour's end
 * decides, so the partial hour a window or a data set starts in does not add a day that holds only minutes.
 */
export function dayOfHour(key: number, windows: SearchWindows): number {
  const end = Math.min(key + HOUR_MS - 1, windows.now.getTime());
  const index = Math.floor((windows.now.getTime() - end) / DAY_MS);
  return Math.min(Math.max(index, 0), windows.days - 1);
}
