// Readiness, stage 2 — the probe: for one index pattern, the three Elasticsearch requests (resolve, field_caps,
// one multi-search of the plan's searches) in parallel, and their answers read into plain facts. No judgement
// here: a 403 is recorded as a fact (the caller may not look), anything else that fails is an upstream error.
import { errors, type estypes } from '@elastic/elasticsearch';
import type { Count } from '../../../common/format';
import { UpstreamError } from '../errors';
import {
  COUNT_LIMIT,
  EVENT_TIME_FIELD,
  TARGETS_SHOWN,
  dayOfHour,
  fieldRoles,
  patternSearches,
  type PatternSearch,
  type ReadinessPlan,
  type SearchWindows,
} from './plan';

/** The slice of the Elasticsearch client readiness uses (the official client satisfies it; tests pass fakes). */
export interface ReadinessEsClient {
  indices: {
    resolveIndex(
      params: estypes.IndicesResolveIndexRequest,
    ): Promise<estypes.IndicesResolveIndexResponse>;
  };
  fieldCaps(params: estypes.FieldCapsRequest): Promise<estypes.FieldCapsResponse>;
  msearch(params: estypes.MsearchRequest): Promise<estypes.MsearchResponse>;
  /** Asked only when a pattern reaches nothing: secured Elasticsearch expands wildcards to readable indices only. */
  security?: {
    hasPrivileges(
      params: estypes.SecurityHasPrivilegesRequest,
    ): Promise<estypes.SecurityHasPrivilegesResponse>;
  };
}

export interface MappedField {
  field: string;
  /** Mapped types across the pattern's indices (no "unmapped"). */
  types: string[];
  aggregatable: boolean;
  /** Indices of the pattern where the field has no mapping at all. */
  unmappedIndices: string[];
}

/** What the bounded searches found about one index pattern, before any judgement. */
export interface PatternFacts {
  pattern: string;
  resolves: boolean;
  /** Data streams, aliases and standalone indices the pattern resolves to (capped). */
  targets: string[];
  /** The caller lacks the privileges to inspect or read this pattern. */
  forbidden: boolean;
  fields: Map<string, MappedField>;
  /** Documents the rule would see over its history window. */
  windowCount: Count;
  /** Null when Elasticsearch could not run the rule's query here (see `queryError`). */
  recentMatches: Count | null;
  windowMatches: Count | null;
  queryError: string | null;
  newestEvent: string | null;
  newestOverride: string | null;
  /** Documents sampled for the timestamp-override share, and where from (null: none in the window). */
  sampled: number;
  sampledWithOverride: number;
  sampleScope: 'recent' | 'window' | null;
  /** Per day of the history window, newest first: did any document arrive that day (by either time field)? */
  daysWithData: boolean[];
  /** Per field every match requires: does any document in the history window carry it? */
  carries: Map<string, boolean>;
  /** Other searches that failed, in Elasticsearch's words. */
  errors: string[];
}

/** Fields every match requires that this pattern's data lacks (unmapped, or carried by no document). */
export function missingRequiredFields(facts: PatternFacts, requiredFields: string[]): string[] {
  return requiredFields.filter((field) => {
    const mapped = facts.fields.get(field);
    if (!mapped || mapped.types.length === 0) return true;
    return facts.windowCount.value > 0 && facts.carries.get(field) === false;
  });
}

// --- Failures of Elasticsearch calls ---

export function statusOf(error: unknown): number | undefined {
  return error instanceof errors.ResponseError ? error.statusCode : undefined;
}

/** Elasticsearch's own reason for a failed search, when it gave one. */
export function reasonOf(error: unknown): string {
  if (error instanceof errors.ResponseError) {
    const body: unknown = error.body;
    const reason = (body as { error?: { reason?: unknown } } | undefined)?.error?.reason;
    if (typeof reason === 'string') return reason;
  }
  return error instanceof Error ? error.message : String(error);
}

/** For errors the caller must see as a whole-request failure (unreachable cluster, bad credentials). */
export function toUpstreamError(error: unknown, what: string): UpstreamError {
  const status = statusOf(error);
  if (status === 401) {
    return new UpstreamError(
      401,
      `Elasticsearch rejected the credentials while ${what}.`,
      'elasticsearch',
    );
  }
  if (status === 403) {
    return new UpstreamError(
      403,
      `Elasticsearch refused the caller while ${what}: ${reasonOf(error)}. Ask an administrator for read access to the rule's index patterns.`,
      'elasticsearch',
    );
  }
  if (error instanceof errors.TimeoutError) {
    return new UpstreamError(
      504,
      `Elasticsearch did not answer in time while ${what}.`,
      'elasticsearch',
    );
  }
  // Refused or busy (429, 503) after the client's bounded retries: unavailable for now, worth trying later.
  if (error instanceof errors.ConnectionError) {
    return new UpstreamError(503, `Elasticsearch is not reachable while ${what}.`, 'elasticsearch');
  }
  if (status === 429 || status === 503) {
    return new UpstreamError(
      503,
      `Elasticsearch is busy (${status}) while ${what}: ${reasonOf(error)}`,
      'elasticsearch',
    );
  }
  return new UpstreamError(
    502,
    `Elasticsearch failed while ${what}: ${reasonOf(error)}`,
    'elasticsearch',
  );
}

class Forbidden {
  constructor(readonly reason: string) {}
}

/** 403 means the caller may not look here: a finding, not a failed request. 404: the pattern names nothing. */
async function guarded<T>(
  call: () => Promise<T>,
  onMissing: T,
  what: string,
): Promise<T | Forbidden> {
  try {
    return await call();
  } catch (error) {
    const status = statusOf(error);
    if (status === 403) return new Forbidden(reasonOf(error));
    if (status === 404) return onMissing;
    throw toUpstreamError(error, what);
  }
}

// --- Reading the answers ---

function resolvedTargets(response: estypes.IndicesResolveIndexResponse): string[] {
  const standalone = response.indices.filter((index) => !index.data_stream).map((i) => i.name);
  const names = [
    ...response.data_streams.map((stream) => stream.name),
    ...response.aliases.map((alias) => alias.name),
    ...standalone,
  ];
  return [...new Set(names)].sort();
}

function asList(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}

/** Expects a field_caps call made with `include_unmapped: true`, so partly mapped fields show up. */
export function summarizeFieldCaps(
  response: estypes.FieldCapsResponse,
  fields: string[],
): Map<string, MappedField> {
  const allIndices = asList(response.indices) ?? [];
  const summary = new Map<string, MappedField>();
  for (const field of fields) {
    const byType = response.fields[field] ?? {};
    const types = Object.keys(byType).filter((type) => type !== 'unmapped');
    const unmapped = byType.unmapped;
    const unmappedIndices = unmapped
      ? (asList(unmapped.indices) ?? (types.length === 0 ? allIndices : []))
      : types.length === 0
        ? allIndices
        : [];
    const aggregatable =
      types.length > 0 &&
      types.every((type) => {
        const caps = byType[type];
        return caps.aggregatable && (asList(caps.non_aggregatable_indices) ?? []).length === 0;
      });
    summary.set(field, { field, types: types.sort(), aggregatable, unmappedIndices });
  }
  return summary;
}

interface Sample {
  sampled: number;
  carrying: number;
}

/** The aggregations the readiness searches ask for, as Elasticsearch answers them. */
interface ReadinessAggregations {
  [maxOfField: string]: unknown;
  sampled?: { doc_count: number };
  carrying?: { doc_count: number };
  hours?: { buckets: Array<{ key: number; doc_count: number }> };
}

function maxDate(aggs: ReadinessAggregations | undefined, field: string): string | null {
  const max = aggs?.[field] as { value?: number | null; value_as_string?: string } | undefined;
  if (!max || max.value === null || max.value === undefined) return null;
  return max.value_as_string ?? new Date(max.value).toISOString();
}

function isError(item: estypes.MsearchResponseItem): item is estypes.ErrorResponseBase {
  return 'error' in item;
}

function countOf(item: estypes.MsearchMultiSearchItem): Count {
  const total = item.hits.total;
  const value = typeof total === 'number' ? total : (total?.value ?? 0);
  const relation = typeof total === 'number' ? 'eq' : (total?.relation ?? 'eq');
  // Some engines count past the cap when they can do it cheaply; report every count the same way.
  return {
    value: Math.min(value, COUNT_LIMIT),
    atLeast: relation === 'gte' || value >= COUNT_LIMIT,
  };
}

/** Reads the multi-search answers into the facts (per-search failures included). */
export function applySearchResults(
  facts: PatternFacts,
  plan: ReadinessPlan,
  windows: SearchWindows,
  searches: PatternSearch[],
  responses: estypes.MsearchResponseItem[],
): void {
  const samples: Partial<Record<'recent' | 'window', Sample>> = {};
  searches.forEach((search, position) => {
    const item = responses[position];
    const key = search.key;
    if (!item || isError(item)) {
      const reason = item ? (item.error.reason ?? item.error.type) : 'no answer';
      if (key.kind === 'recent_matches' || key.kind === 'window_matches') {
        facts.queryError = reason;
        facts[key.kind === 'recent_matches' ? 'recentMatches' : 'windowMatches'] = null;
      } else if (!facts.errors.includes(reason)) {
        facts.errors.push(reason);
      }
      return;
    }
    const aggs = item.aggregations as ReadinessAggregations | undefined;
    switch (key.kind) {
      case 'window_count':
        facts.windowCount = countOf(item);
        break;
      case 'recent_matches':
        facts.recentMatches = countOf(item);
        break;
      case 'window_matches':
        facts.windowMatches = countOf(item);
        break;
      case 'newest':
        facts.newestEvent = maxDate(aggs, EVENT_TIME_FIELD);
        facts.newestOverride = plan.timestampOverride
          ? maxDate(aggs, plan.timestampOverride)
          : null;
        break;
      case 'sample':
        samples[key.scope] = {
          sampled: aggs?.sampled?.doc_count ?? 0,
          carrying: aggs?.carrying?.doc_count ?? 0,
        };
        break;
      case 'hours':
        for (const bucket of aggs?.hours?.buckets ?? []) {
          if (bucket.doc_count > 0) facts.daysWithData[dayOfHour(bucket.key, windows)] = true;
        }
        break;
      case 'carries':
        facts.carries.set(key.field, countOf(item).value > 0);
        break;
    }
  });
  // Recent documents tell the present state of ingestion; the whole window only when nothing is recent.
  const scope = samples.recent?.sampled ? 'recent' : samples.window?.sampled ? 'window' : null;
  if (scope) {
    facts.sampleScope = scope;
    facts.sampled = samples[scope]?.sampled ?? 0;
    facts.sampledWithOverride = samples[scope]?.carrying ?? 0;
  }
}

function emptyFacts(pattern: string, fields: Map<string, MappedField>): PatternFacts {
  return {
    pattern,
    resolves: false,
    targets: [],
    forbidden: false,
    fields,
    windowCount: { value: 0, atLeast: false },
    recentMatches: { value: 0, atLeast: false },
    windowMatches: { value: 0, atLeast: false },
    queryError: null,
    newestEvent: null,
    newestOverride: null,
    sampled: 0,
    sampledWithOverride: 0,
    sampleScope: null,
    daysWithData: [],
    carries: new Map(),
    errors: [],
  };
}

/** Three Elasticsearch requests per index pattern (resolve, field_caps, one multi-search), all at once. */
export const REQUESTS_PER_PATTERN = 3;

/**
 * A secured Elasticsearch answers a wildcard the caller may not read as if nothing matched; its privileges API
 * tells the two apart. Clusters without security (or that refuse the question) leave the answer as it was.
 */
async function unreadableBy(es: ReadinessEsClient, pattern: string): Promise<Forbidden | null> {
  if (!es.security) return null;
  try {
    const answer = await es.security.hasPrivileges({
      index: [{ names: [pattern], privileges: ['read'] }],
    });
    if (answer.index[pattern]?.read !== false) return null;
    return new Forbidden(
      `user [${answer.username}] has no read privilege on ${pattern}, so its wildcards reach no index`,
    );
  } catch {
    return null;
  }
}

export async function probePattern(
  es: ReadinessEsClient,
  plan: ReadinessPlan,
  pattern: string,
  windows: SearchWindows,
): Promise<PatternFacts> {
  const fieldNames = [...fieldRoles(plan).keys()];
  const searches = patternSearches(plan, windows);
  const noIndices: estypes.IndicesResolveIndexResponse = {
    indices: [],
    aliases: [],
    data_streams: [],
  };
  const [resolved, caps, multi] = await Promise.all([
    guarded(
      () => es.indices.resolveIndex({ name: pattern, expand_wildcards: 'open' }),
      noIndices,
      `resolving ${pattern}`,
    ),
    guarded(
      () =>
        es.fieldCaps({
          index: pattern,
          fields: fieldNames,
          include_unmapped: true,
          ignore_unavailable: true,
          allow_no_indices: true,
        }),
      { indices: [], fields: {} },
      `reading the mappings of ${pattern}`,
    ),
    guarded(
      () =>
        es.msearch({
          index: pattern,
          ignore_unavailable: true,
          allow_no_indices: true,
          searches: searches.flatMap((search) => [{}, search.body]),
        }),
      { took: 0, responses: [] },
      `searching ${pattern}`,
    ),
  ]);

  const fields = summarizeFieldCaps(
    caps instanceof Forbidden ? { indices: [], fields: {} } : caps,
    fieldNames,
  );
  const facts = emptyFacts(pattern, fields);
  const refusals = [resolved, caps, multi].filter((r): r is Forbidden => r instanceof Forbidden);
  if (refusals.length > 0) {
    facts.forbidden = true;
    facts.errors.push(...new Set(refusals.map((r) => r.reason)));
  }
  if (!(resolved instanceof Forbidden)) {
    const targets = resolvedTargets(resolved);
    facts.resolves = targets.length > 0;
    facts.targets = targets.slice(0, TARGETS_SHOWN);
  }
  if (!facts.forbidden && !facts.resolves) {
    const unreadable = await unreadableBy(es, pattern);
    if (unreadable) {
      facts.forbidden = true;
      facts.errors.push(unreadable.reason);
    }
  }
  facts.daysWithData = Array.from({ length: windows.days }, () => false);
  if (!(multi instanceof Forbidden)) {
    applySearchResults(facts, plan, windows, searches, multi.responses);
  }
  return facts;
}
