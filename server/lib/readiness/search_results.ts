// Reads the answers of the readiness multi-search into a pattern's facts (per-search failures included).
import type { estypes } from '@elastic/elasticsearch';
import type { Count, PatternFacts } from './pattern_facts';
import { dayOfHour, type PatternSearch, type SearchWindows } from './pattern_searches';
import { COUNT_LIMIT } from './readiness_limits';
import { EVENT_TIME_FIELD, type ReadinessPlan } from './readiness_plan';

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
