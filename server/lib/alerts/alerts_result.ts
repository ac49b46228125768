// Shapes the signals search answer into the alerts panel's response.
import type { AlertSummary, AlertsRange, AlertsResponse } from '../../../common/api';
import { DAY_MS } from '../../../common/time';
import {
  ALERT_NEW_TERMS,
  ALERT_ORIGINAL_TIME,
  ALERT_REASON,
  ALERT_UUID,
  ALERT_WORKFLOW_STATUS,
  ALL_RANGES,
  HISTOGRAM_INTERVAL,
  TIMESTAMP,
  WORKFLOW_STATUSES,
} from './alerts_search';
import type { SignalsSearchResponse } from '../detection_engine/detection_engine_client';

// --- Reading `_source`: alerts carry `kibana.alert.*` as dotted keys and copied event fields as nested objects ---

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Alerts carry `kibana.alert.*` as dotted keys and copied event fields as nested objects: accept both. */
export function sourceValue(source: unknown, path: string): unknown {
  if (!isObject(source)) return undefined;
  if (path in source) return source[path];
  const parts = path.split('.');
  for (let cut = parts.length - 1; cut >= 1; cut -= 1) {
    const head = parts.slice(0, cut).join('.');
    const child = source[head];
    if (isObject(child)) {
      const found = sourceValue(child, parts.slice(cut).join('.'));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export function sourceString(source: unknown, path: string): string | null {
  const value = sourceValue(source, path);
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' || typeof first === 'number' ? String(first) : null;
}

export function sourceStrings(source: unknown, path: string): string[] {
  const value = sourceValue(source, path);
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
}

// --- The answer ---

interface Bucket {
  doc_count: number;
}

type BucketKey = string | number | Array<string | number>;

/** The aggregations `alertsSearch` asks for, as Elasticsearch answers them. */
export interface AlertsAggregations {
  totals?: { buckets: Partial<Record<AlertsRange, Bucket>> };
  last_alert?: { value: number | null; value_as_string?: string };
  in_range?: Bucket & {
    by_status?: { buckets: Array<Bucket & { key: string }> };
    histogram?: { buckets: Array<Bucket & { key: number; key_as_string?: string }> };
    top_pairs?: { buckets: Array<Bucket & { key: BucketKey }> };
    newest?: { hits: { hits: Array<{ _id?: string | null; _source?: unknown }> } };
  };
}

export interface AlertsResultInput {
  range: AlertsRange;
  now: Date;
  newTermsFields: string[];
  investigationFields: string[];
}

function toSummary(
  hit: { _id?: string | null; _source?: unknown },
  investigationFields: string[],
): AlertSummary {
  const source = hit._source;
  const fields: Record<string, unknown> = {};
  for (const field of investigationFields) {
    const value = sourceValue(source, field);
    if (value !== undefined && value !== null) fields[field] = value;
  }
  return {
    id: sourceString(source, ALERT_UUID) ?? hit._id ?? '',
    timestamp: sourceString(source, TIMESTAMP) ?? '',
    originalTime: sourceString(source, ALERT_ORIGINAL_TIME),
    workflowStatus: sourceString(source, ALERT_WORKFLOW_STATUS) ?? 'open',
    reason: sourceString(source, ALERT_REASON),
    newTerms: sourceStrings(source, ALERT_NEW_TERMS),
    fields,
  };
}

function lastAlertTime(aggs: AlertsAggregations): string | null {
  const last = aggs.last_alert;
  if (!last || last.value === null) return null;
  return new Date(last.value).toISOString();
}

export function emptyAlertsResponse(
  input: AlertsResultInput,
  ruleDeployed: boolean,
): AlertsResponse {
  return {
    range: input.range,
    ruleDeployed,
    totals: { '24h': 0, '7d': 0, '30d': 0 },
    byWorkflowStatus: Object.fromEntries(WORKFLOW_STATUSES.map((status) => [status, 0])),
    histogram: { interval: HISTOGRAM_INTERVAL[input.range], buckets: [] },
    topPairs: [],
    newTermsFields: input.newTermsFields,
    investigationFields: input.investigationFields,
    newest: [],
    lastAlertAt: null,
    silentDays: null,
  };
}

export function alertsResult(
  input: AlertsResultInput,
  response: SignalsSearchResponse<unknown, AlertsAggregations>,
): AlertsResponse {
  const result = emptyAlertsResponse(input, true);
  const aggs = response.aggregations ?? {};
  for (const range of ALL_RANGES) {
    result.totals[range] = aggs.totals?.buckets[range]?.doc_count ?? 0;
  }
  for (const bucket of aggs.in_range?.by_status?.buckets ?? []) {
    result.byWorkflowStatus[bucket.key] = bucket.doc_count;
  }
  result.histogram.buckets = (aggs.in_range?.histogram?.buckets ?? []).map((bucket) => ({
    time: new Date(bucket.key).toISOString(),
    count: bucket.doc_count,
  }));
  result.topPairs = (aggs.in_range?.top_pairs?.buckets ?? []).map((bucket) => ({
    values: (Array.isArray(bucket.key) ? bucket.key : [bucket.key]).map(String),
    count: bucket.doc_count,
  }));
  result.newest = (aggs.in_range?.newest?.hits.hits ?? []).map((hit) =>
    toSummary(hit, input.investigationFields),
  );
  result.lastAlertAt = lastAlertTime(aggs);
  result.silentDays =
    result.lastAlertAt === null
      ? null
      : Math.max(0, Math.floor((input.now.getTime() - Date.parse(result.lastAlertAt)) / DAY_MS));
  return result;
}
