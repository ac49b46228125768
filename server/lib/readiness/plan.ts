// Readiness, stage 1 — the plan: what to check, derived once from the rule definition (patterns, query and the
// fields it requires, new-terms fields, time field and windows), and the bounded searches that check it. Each
// search's cost is capped (counts stop at a limit, probes at the first hit, samples after a fixed number of
// documents) or served from index structures (max over points, histograms of a range on the same field).
import type { estypes } from '@elastic/elasticsearch';
import {
  DAY_MS,
  HOUR_MS,
  KIBANA_RULE_DEFAULTS,
  durationMs,
  lookBackMs,
} from '../../../common/time';
import { buildRuleQueryFilter, buildTimeRangeFilter, parseKql, ruleTimestampFields } from '../kql';
import type { KqlNode, KqlTerm } from '../kql';
import { kqlQueryFields, type RuleDefinition } from '../rule';
import { HttpError } from '../errors';

/** Counts stop here (`track_total_hits`): beyond it the answer is "at least this many". */
export const COUNT_LIMIT = 10_000;
/** Documents (per shard) sampled to measure how many carry the timestamp-override field. */
export const SAMPLE_SIZE = 100;
/** The sample is taken from this last stretch first, then from the whole history window. */
export const SAMPLE_RECENT_MS = HOUR_MS;
/** Resolved indices and data streams listed per pattern. */
export const TARGETS_SHOWN = 20;
/** Newest data older than this means ingestion has stalled (CloudTrail delivers within about 15 minutes). */
export const STALE_DATA_MS = HOUR_MS;

export type FieldRole = 'query' | 'new_terms' | 'timestamp_override';

export interface ReadinessPlan {
  patterns: string[];
  /** The rule's own DSL query (KQL translated), without any time filter. */
  query: estypes.QueryDslQueryContainer;
  /** Every field the query names. */
  queryFields: string[];
  /** Fields every matching document must carry (from the query's structure): their absence rules out a match. */
  requiredQueryFields: string[];
  newTermsFields: string[];
  /** The rule's `timestamp_override`, or null when it reads `@timestamp`. */
  timestampOverride: string | null;
  /** Whether the engine falls back to `@timestamp` for documents without the override field. */
  timestampFallback: boolean;
  historyWindowStart: string;
  historyWindowMs: number;
  /** The rule's look-back (`from`), used as "recent". */
  lookBackMs: number;
  intervalMs: number;
}

export const EVENT_TIME_FIELD = '@timestamp';

/** The field the engine orders and filters events by. */
export function ruleTimeField(plan: ReadinessPlan): string {
  return plan.timestampOverride ?? EVENT_TIME_FIELD;
}

/** Each field the checks look up in the mappings, with why the rule needs it. */
export function fieldRoles(plan: ReadinessPlan): Map<string, FieldRole[]> {
  const roles = new Map<string, FieldRole[]>();
  const add = (field: string, role: FieldRole): void => {
    const list = roles.get(field) ?? [];
    if (!list.includes(role)) list.push(role);
    roles.set(field, list);
  };
  plan.queryFields.forEach((f) => add(f, 'query'));
  plan.newTermsFields.forEach((f) => add(f, 'new_terms'));
  if (plan.timestampOverride) add(plan.timestampOverride, 'timestamp_override');
  return roles;
}

/** A concrete field name (not "any field", not a wildcard over field names). */
function literalField(term: KqlTerm, prefix: string): string | null {
  if (term.kind !== 'literal' || typeof term.value !== 'string') return null;
  return prefix + term.value;
}

function required(node: KqlNode, prefix: string): Set<string> {
  switch (node.kind) {
    case 'is':
    case 'range': {
      const name = literalField(node.field, prefix);
      return new Set(name ? [name] : []);
    }
    case 'nested': {
      const path = literalField(node.path, prefix);
      return path ? required(node.query, `${path}.`) : new Set();
    }
    case 'and': {
      const all = new Set<string>();
      node.children.forEach((child) => required(child, prefix).forEach((f) => all.add(f)));
      return all;
    }
    case 'or': {
      const [first, ...rest] = node.children.map((child) => required(child, prefix));
      if (!first) return new Set();
      return new Set([...first].filter((field) => rest.every((set) => set.has(field))));
    }
    case 'not':
      // A negation is satisfied by documents without the field.
      return new Set();
  }
}

/**
 * Fields without which no document can match: required by every branch of every `or`, never only under `not`.
 * A pattern whose documents lack one of them can never feed the rule.
 */
export function requiredFieldNames(node: KqlNode): string[] {
  return [...required(node, '')];
}

function readTime(value: string, read: (text: string) => number | null, what: string): number {
  const ms = read(value);
  if (ms === null)
    throw new Error(
      `Unsupported ${what} "${value}" (expected e.g. ${what === 'interval' ? '5m, 1h' : 'now-6m, now-10d'})`,
    );
  return ms;
}

/** Everything readiness checks, read from the rule: nothing here is specific to one rule. */
export function readinessPlan(definition: RuleDefinition): ReadinessPlan {
  const rule = definition.rule;
  const language = rule.language ?? 'kuery';
  if (language !== 'kuery' && language !== 'lucene') {
    throw new HttpError(
      400,
      `Readiness checks support KQL and Lucene rule queries, not ${language}.`,
    );
  }
  const queryText = rule.query ?? '';
  const isKql = language === 'kuery';
  const from = rule.from ?? KIBANA_RULE_DEFAULTS.from;
  const historyWindowStart = rule.new_terms?.history_window_start[0]?.value ?? from;
  return {
    patterns: rule.index ?? [],
    query: buildRuleQueryFilter({ query: queryText, language }) as estypes.QueryDslQueryContainer,
    queryFields: isKql ? kqlQueryFields(queryText) : [],
    requiredQueryFields: isKql ? requiredFieldNames(parseKql(queryText)) : [],
    newTermsFields: rule.new_terms?.value ?? [],
    timestampOverride: rule.timestamp_override ?? null,
    timestampFallback: rule.timestamp_override_fallback_disabled !== true,
    historyWindowStart,
    historyWindowMs: readTime(historyWindowStart, lookBackMs, 'relative time'),
    lookBackMs: readTime(from, lookBackMs, 'relative time'),
    intervalMs: readTime(rule.interval ?? KIBANA_RULE_DEFAULTS.interval, durationMs, 'interval'),
  };
}

export interface TimeRange {
  gte: Date;
  lt: Date;
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

/**
 * Kibana's own filter for the rule's time fields — the override, falling back to `@timestamp` where it is
 * absent — so counts match what the rule would see.
 */
export function ruleTimeFilter(
  plan: ReadinessPlan,
  window: TimeRange,
): estypes.QueryDslQueryContainer {
  const fields = ruleTimestampFields({
    timestampOverride: plan.timestampOverride ?? undefined,
    timestampOverrideFallbackDisabled: !plan.timestampFallback,
  });
  // Inclusive bounds as the engine writes them; one millisecond off the end keeps adjacent days apart.
  const filter = buildTimeRangeFilter({
    from: window.gte.toISOString(),
    to: new Date(window.lt.getTime() - 1).toISOString(),
    timestampField: fields.primary,
    secondaryTimestampField: fields.secondary,
  });
  return filter as estypes.QueryDslQueryContainer;
}

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

/** The searches of one pattern, sent together as one multi-search. */
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

/**
 * Which day of the window (0 = the last 24 hours) an hour bucket starting at `key` counts for. The hour's end
 * decides, so the partial hour a window or a data set starts in does not add a day that holds only minutes.
 */
export function dayOfHour(key: number, windows: SearchWindows): number {
  const end = Math.min(key + HOUR_MS - 1, windows.now.getTime());
  const index = Math.floor((windows.now.getTime() - end) / DAY_MS);
  return Math.min(Math.max(index, 0), windows.days - 1);
}
