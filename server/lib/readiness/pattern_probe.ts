// Runs the readiness requests for one index pattern (resolve, field_caps, one multi-search) in parallel.
import type { estypes } from '@elastic/elasticsearch';
import { summarizeFieldCaps, type MappedField } from './field_mappings';
import { reasonOf, statusOf, toUpstreamError } from './elasticsearch_failure';
import type { Count, PatternFacts } from './pattern_facts';
import { patternSearches, type PatternSearch, type SearchWindows } from './pattern_searches';
import type { ReadinessEsClient } from './readiness_client';
import { COUNT_LIMIT, TARGETS_SHOWN } from './readiness_limits';
import { EVENT_TIME_FIELD, fieldRoles, type ReadinessPlan } from './readiness_plan';

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

function firstValue(hit: estypes.SearchHit, field: string): string | null {
  const values = hit.fields?.[field];
  if (!Array.isArray(values) || values.length === 0) return null;
  const value: unknown = values[0];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
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
    daysWithData: [],
    carries: new Map(),
    errors: [],
  };
}

function applySearchResults(
  facts: PatternFacts,
  plan: ReadinessPlan,
  searches: PatternSearch[],
  responses: estypes.MsearchResponseItem[],
): void {
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
      case 'newest_sample': {
        const hits = item.hits.hits;
        facts.newestEvent = hits.length > 0 ? firstValue(hits[0], EVENT_TIME_FIELD) : null;
        facts.sampled = hits.length;
        const override = plan.timestampOverride;
        facts.sampledWithOverride = override
          ? hits.filter((hit) => firstValue(hit, override) !== null).length
          : hits.length;
        break;
      }
      case 'newest_override': {
        const hit = item.hits.hits[0];
        facts.newestOverride =
          hit && plan.timestampOverride ? firstValue(hit, plan.timestampOverride) : null;
        break;
      }
      case 'day':
        facts.daysWithData[key.index] = countOf(item).value > 0;
        break;
      case 'carries':
        facts.carries.set(key.field, countOf(item).value > 0);
        break;
    }
  });
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
  facts.daysWithData = windows.days.map(() => false);
  if (!(multi instanceof Forbidden)) applySearchResults(facts, plan, searches, multi.responses);
  return facts;
}
