// Runs the readiness requests for one index pattern (resolve, field_caps, one multi-search) in parallel.
import type { estypes } from '@elastic/elasticsearch';
import { summarizeFieldCaps, type MappedField } from './field_mappings';
import { reasonOf, statusOf, toUpstreamError } from './elasticsearch_failure';
import type { Count, PatternFacts } from './pattern_facts';
import {
  dayOfHour,
  patternSearches,
  type PatternSearch,
  type SearchWindows,
} from './pattern_searches';
import type { ReadinessEsClient } from './readiness_client';
import { COUNT_LIMIT, TARGETS_SHOWN } from './readiness_limits';
import { EVENT_TIME_FIELD, fieldRoles, type ReadinessPlan } from './readiness_plan';

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

function resolvedTargets(response: estypes.IndicesResolveIndexResponse): string[] {
  const standalone = response.indices.filter((index) => !index.data_stream).map((i) => i.name);
  const names = [
    ...response.data_streams.map((stream) => stream.name),
    ...response.aliases.map((alias) => alias.name),
    ...standalone,
  ];
  return [...new Set(names)].sort();
}

function isError(item: estypes.MsearchResponseItem): item is estypes.ErrorResponseBase {
  return 'error' in item;
}

function countOf(item: estypes.MsearchMultiSearchItem): Count {
  const total = item.hits.total;
  const value = typeof total === 'number' ? total : (total?.value ?? 0);
  const relation = typeof total === 'number' ? 'eq' : (total?.relation ?? 'eq');
  return { value, atLeast: relation === 'gte' || value >= COUNT_LIMIT };
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

function applySearchResults(
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
  facts.daysWithData = Array.from({ length: windows.days }, () => false);
  if (!(multi instanceof Forbidden)) {
    applySearchResults(facts, plan, windows, searches, multi.responses);
  }
  return facts;
}
