// Runs the readiness requests for one index pattern (resolve, field_caps, one multi-search) in parallel.
import type { estypes } from '@elastic/elasticsearch';
import { summarizeFieldCaps, type MappedField } from './field_mappings';
import { reasonOf, statusOf, toUpstreamError } from './elasticsearch_failure';
import type { PatternFacts } from './pattern_facts';
import { patternSearches, type SearchWindows } from './pattern_searches';
import type { ReadinessEsClient } from './readiness_client';
import { TARGETS_SHOWN } from './readiness_limits';
import { fieldRoles, type ReadinessPlan } from './readiness_plan';
import { applySearchResults } from './search_results';

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
