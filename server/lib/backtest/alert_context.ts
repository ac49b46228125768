// Backtest, stage 4 — each alert's first event, as the detection engine picks it (the oldest matching event of
// the term set in the run's window), read for the rule's investigation fields only: one-hit searches batched in
// msearch requests, so the cost follows the number of alerts.
import type { estypes } from '@elastic/elasticsearch';
import { buildTimeRangeFilter } from '../kql';
import type { ReplayedAlert } from './replay_schedule';
import type { SearchScope } from './term_set_search';

/** Searches per msearch request. */
const BATCH = 200;

type Source = Record<string, unknown>;

/** A value at a dotted path, whether the document nests objects or uses dotted keys. */
export function valueAt(source: unknown, path: string): unknown {
  if (typeof source !== 'object' || source === null) return undefined;
  const record = source as Source;
  if (path in record) return record[path];
  const dot = path.indexOf('.');
  for (let at = dot; at > 0; at = path.indexOf('.', at + 1)) {
    const head = path.slice(0, at);
    if (head in record) {
      const found = valueAt(record[head], path.slice(at + 1));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function text(value: unknown): string | null {
  if (Array.isArray(value)) return value.length > 0 ? value.map(String).join(', ') : null;
  if (value === null || value === undefined || typeof value === 'object') return null;
  return String(value);
}

export async function readAlertContext(
  scope: SearchScope,
  alerts: readonly ReplayedAlert[],
  lookBackMs: number,
  contextFields: string[],
): Promise<Array<Record<string, string>>> {
  const sort: estypes.SortCombinations[] = [
    { [scope.primaryTime]: { order: 'asc', unmapped_type: 'date', missing: '_last' } },
    ...(scope.secondaryTime
      ? [{ [scope.secondaryTime]: { order: 'asc' as const, unmapped_type: 'date' } }]
      : []),
  ];
  const search = (alert: ReplayedAlert): estypes.SearchSearchRequestBody => ({
    size: 1,
    sort,
    _source: { includes: contextFields },
    query: {
      bool: {
        filter: [
          scope.query,
          buildTimeRangeFilter({
            from: new Date(alert.runTo - lookBackMs).toISOString(),
            to: new Date(alert.runTo).toISOString(),
            timestampField: scope.primaryTime,
            secondaryTimestampField: scope.secondaryTime,
          }) as estypes.QueryDslQueryContainer,
          ...scope.fields.map((field, i) => ({
            term: { [field]: alert.key[i] as estypes.FieldValue },
          })),
        ],
      },
    },
  });
  const batches: ReplayedAlert[][] = [];
  for (let i = 0; i < alerts.length; i += BATCH) batches.push(alerts.slice(i, i + BATCH));
  const answers = await Promise.all(
    batches.map(async (batch) => {
      scope.signal?.throwIfAborted();
      const response = await scope.client.msearch(
        {
          index: scope.patterns,
          ignore_unavailable: true,
          allow_no_indices: true,
          searches: batch.flatMap((alert) => [{}, search(alert)]),
        },
        { signal: scope.signal },
      );
      scope.onSearch({ termSets: 0 });
      return response.responses.map((answer) => {
        const hit = 'hits' in answer ? answer.hits.hits[0] : undefined;
        const context: Record<string, string> = {};
        for (const field of contextFields) {
          const value = text(valueAt(hit?._source, field));
          if (value !== null) context[field] = value;
        }
        return context;
      });
    }),
  );
  return answers.flat();
}
