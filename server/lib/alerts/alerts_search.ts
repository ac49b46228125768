// One signals search answers the whole alerts panel: range totals, statuses, histogram, pairs, newest, last.
import type { estypes } from '@elastic/elasticsearch';
import type { AlertsRange } from '../../../common/api';
import {
  ALERT_NEW_TERMS,
  ALERT_RULE_UUID,
  ALERT_SUMMARY_FIELDS,
  ALERT_WORKFLOW_STATUS,
  TIMESTAMP,
} from './alert_fields';
import { ALL_RANGES, HISTOGRAM_INTERVAL, RANGE_MS } from './alert_ranges';
import type { SignalsSearchBody } from '../detection_engine/detection_engine_client';

export const NEWEST_ALERTS = 10;
export const TOP_PAIRS = 10;

export interface AlertsSearchInput {
  /** Saved-object ids of the deployed copies of the rule. */
  ruleUuids: string[];
  range: AlertsRange;
  now: Date;
  newTermsFields: string[];
  investigationFields: string[];
}

function since(now: Date, ms: number): estypes.QueryDslQueryContainer {
  return { range: { [TIMESTAMP]: { gte: new Date(now.getTime() - ms).toISOString() } } };
}

/** Pairs of new terms: the source fields themselves (one term or several), else Kibana's array of new values. */
function topPairsAggregation(newTermsFields: string[]): estypes.AggregationsAggregationContainer {
  if (newTermsFields.length > 1) {
    return {
      multi_terms: { terms: newTermsFields.map((field) => ({ field })), size: TOP_PAIRS },
    };
  }
  return { terms: { field: newTermsFields[0] ?? ALERT_NEW_TERMS, size: TOP_PAIRS } };
}

export function alertsSearch(input: AlertsSearchInput): SignalsSearchBody {
  const { now, range } = input;
  const rangeStart = new Date(now.getTime() - RANGE_MS[range]);
  const sourceFields = [
    ...new Set([...ALERT_SUMMARY_FIELDS, ...input.investigationFields, ...input.newTermsFields]),
  ];
  return {
    size: 0,
    track_total_hits: false,
    query: { bool: { filter: [{ terms: { [ALERT_RULE_UUID]: input.ruleUuids } }] } },
    aggs: {
      totals: {
        filters: {
          filters: Object.fromEntries(ALL_RANGES.map((r) => [r, since(now, RANGE_MS[r])])),
        },
      },
      last_alert: { max: { field: TIMESTAMP } },
      in_range: {
        filter: since(now, RANGE_MS[range]),
        aggs: {
          by_status: { terms: { field: ALERT_WORKFLOW_STATUS, size: 10 } },
          histogram: {
            date_histogram: {
              field: TIMESTAMP,
              fixed_interval: HISTOGRAM_INTERVAL[range],
              min_doc_count: 0,
              extended_bounds: { min: rangeStart.getTime(), max: now.getTime() },
            },
          },
          top_pairs: topPairsAggregation(input.newTermsFields),
          newest: {
            top_hits: {
              size: NEWEST_ALERTS,
              sort: [{ [TIMESTAMP]: { order: 'desc' } }],
              _source: { includes: sourceFields },
            },
          },
        },
      },
    },
  };
}
