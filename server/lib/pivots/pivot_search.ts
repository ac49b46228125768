// One pivot as a bounded search of the logs: its conditions and time range as filters, newest first, a fixed page
// and a capped count, so its cost follows the pivot's window, not the size of the indices.
import type { estypes } from '@elastic/elasticsearch';
import type { Pivot, PivotCondition } from '../../../common/api';
import {
  ACCOUNT_ID,
  EVENT_ACTION,
  EVENT_OUTCOME,
  IDENTITY_ARN,
  SOURCE_IP,
  USER_NAME,
} from './alert_facts';

/** Events listed per pivot: enough to read, small enough to answer at once. */
export const PIVOT_EVENTS_LIMIT = 50;
/** Matches are counted up to this many. */
export const PIVOT_TOTAL_CAP = 10_000;

export const PIVOT_EVENT_FIELDS = [
  EVENT_ACTION,
  EVENT_OUTCOME,
  USER_NAME,
  ACCOUNT_ID,
  IDENTITY_ARN,
  SOURCE_IP,
];

function clause(condition: PivotCondition): estypes.QueryDslQueryContainer {
  return { terms: { [condition.field]: condition.values } };
}

export function pivotSearch(pivot: Pivot): estypes.SearchRequest {
  return {
    index: pivot.indexPatterns.join(','),
    ignore_unavailable: true,
    allow_no_indices: true,
    size: PIVOT_EVENTS_LIMIT,
    track_total_hits: PIVOT_TOTAL_CAP,
    sort: [{ [pivot.timeField]: { order: 'desc' } }],
    _source: { includes: [pivot.timeField, ...PIVOT_EVENT_FIELDS] },
    query: {
      bool: {
        filter: [
          {
            range: {
              [pivot.timeField]: {
                gte: pivot.from,
                lte: pivot.to,
                format: 'strict_date_optional_time',
              },
            },
          },
          ...pivot.conditions.map(clause),
        ],
        ...(pivot.excluding.length > 0
          ? { must_not: [{ bool: { filter: pivot.excluding.map(clause) } }] }
          : {}),
      },
    },
  };
}
