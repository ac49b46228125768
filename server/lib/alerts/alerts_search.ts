// One signals search answers the whole alerts panel: range totals, statuses, histogram, pairs, newest, last.
// Kibana's alert field names are those of the security solution's alerts-as-data schema.
import type { estypes } from '@elastic/elasticsearch';
import type { AlertsRange } from '../../../common/api';
import { DAY_MS } from '../../../common/time';
import type { SignalsSearchBody } from '../detection_engine/detection_engine_client';

export const ALERT_RULE_UUID = 'kibana.alert.rule.uuid';
export const ALERT_UUID = 'kibana.alert.uuid';
export const ALERT_WORKFLOW_STATUS = 'kibana.alert.workflow_status';
export const ALERT_REASON = 'kibana.alert.reason';
export const ALERT_NEW_TERMS = 'kibana.alert.new_terms';
export const ALERT_ORIGINAL_TIME = 'kibana.alert.original_time';
export const TIMESTAMP = '@timestamp';

/** Read for every alert shown, besides the rule's investigation fields. */
export const ALERT_SUMMARY_FIELDS = [
  TIMESTAMP,
  ALERT_UUID,
  ALERT_WORKFLOW_STATUS,
  ALERT_REASON,
  ALERT_NEW_TERMS,
  ALERT_ORIGINAL_TIME,
];

export const WORKFLOW_STATUSES = ['open', 'acknowledged', 'in-progress', 'closed'] as const;

// --- The time ranges the panel offers, and the histogram interval that suits each ---

export const RANGE_MS: Record<AlertsRange, number> = {
  '24h': DAY_MS,
  '7d': 7 * DAY_MS,
  '30d': 30 * DAY_MS,
};

/** About 24–30 bars whatever the range. */
export const HISTOGRAM_INTERVAL: Record<AlertsRange, string> = {
  '24h': '1h',
  '7d': '6h',
  '30d': '1d',
};

export const ALL_RANGES: AlertsRange[] = ['24h', '7d', '30d'];

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
