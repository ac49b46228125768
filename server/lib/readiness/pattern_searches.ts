// The bounded searches run against one index pattern, sent together as one multi-search.
import type { estypes } from '@elastic/elasticsearch';
import { COUNT_LIMIT, SAMPLE_SIZE } from './readiness_limits';
import { EVENT_TIME_FIELD, type ReadinessPlan } from './readiness_plan';
import { DAY_MS } from './relative_time';
import { ruleTimeFilter, type TimeRange } from './time_filter';

export type SearchKey =
  | { kind: 'window_count' }
  | { kind: 'recent_matches' }
  | { kind: 'window_matches' }
  | { kind: 'newest_sample' }
  | { kind: 'newest_override' }
  | { kind: 'day'; index: number }
  | { kind: 'carries'; field: string };

export interface PatternSearch {
  key: SearchKey;
  body: estypes.SearchSearchRequestBody;
}

export interface SearchWindows {
  history: TimeRange;
  recent: TimeRange;
  /** One range per day of the history window, newest first. */
  days: TimeRange[];
}

export function searchWindows(plan: ReadinessPlan, now: Date): SearchWindows {
  const end = now.getTime();
  const start = end - plan.historyWindowMs;
  const days: TimeRange[] = [];
  for (let dayEnd = end; dayEnd > start; dayEnd -= DAY_MS) {
    days.push({ gte: new Date(Math.max(start, dayEnd - DAY_MS)), lt: new Date(dayEnd) });
  }
  return {
    history: { gte: new Date(start), lt: now },
    recent: { gte: new Date(end - plan.lookBackMs), lt: now },
    days,
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

function both(
  a: estypes.QueryDslQueryContainer,
  b: estypes.QueryDslQueryContainer,
): estypes.QueryDslQueryContainer {
  return { bool: { filter: [a, b] } };
}

/** Newest first by a date field; no total, so the engine can skip documents that cannot make the top N. */
function newest(
  field: string,
  size: number,
  fields: string[],
  query: estypes.QueryDslQueryContainer,
): estypes.SearchSearchRequestBody {
  return {
    size,
    track_total_hits: false,
    _source: false,
    fields,
    sort: [{ [field]: { order: 'desc', unmapped_type: 'date' } }],
    query,
  };
}

export function patternSearches(plan: ReadinessPlan, windows: SearchWindows): PatternSearch[] {
  const historyFilter = ruleTimeFilter(plan, windows.history);
  const override = plan.timestampOverride;
  const notInFuture: estypes.QueryDslQueryContainer = {
    range: { [EVENT_TIME_FIELD]: { lte: windows.history.lt.toISOString() } },
  };
  const searches: PatternSearch[] = [
    { key: { kind: 'window_count' }, body: cappedCount(historyFilter) },
    {
      key: { kind: 'recent_matches' },
      body: cappedCount(both(ruleTimeFilter(plan, windows.recent), plan.query)),
    },
    { key: { kind: 'window_matches' }, body: cappedCount(both(historyFilter, plan.query)) },
    {
      key: { kind: 'newest_sample' },
      body: newest(
        EVENT_TIME_FIELD,
        SAMPLE_SIZE,
        override ? [EVENT_TIME_FIELD, override] : [EVENT_TIME_FIELD],
        notInFuture,
      ),
    },
  ];
  if (override) {
    searches.push({
      key: { kind: 'newest_override' },
      body: newest(override, 1, [override], { exists: { field: override } }),
    });
  }
  windows.days.forEach((day, index) => {
    searches.push({ key: { kind: 'day', index }, body: existence(ruleTimeFilter(plan, day)) });
  });
  for (const field of plan.requiredQueryFields) {
    searches.push({
      key: { kind: 'carries', field },
      body: existence(both(historyFilter, { exists: { field } })),
    });
  }
  return searches;
}
