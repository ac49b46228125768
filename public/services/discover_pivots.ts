// How a pivot opens in Kibana: Discover in ES|QL mode, with the pivot's query and time range in the URL state.
// Verified against Kibana's Discover locator (src/platform/plugins/shared/discover/common/app_locator_get_location.ts
// and common/constants.ts, 9.x): the global state `_g` holds `time` ({from, to}) and `refreshInterval`; the app state
// `_a` holds `query` and, for an ES|QL query (`{esql}`), `dataSource: {type: 'esql'}`; both are rison in the hash
// (`#/?_g=…&_a=…`, setStateToKbnUrl). ES|QL names the rule's index patterns itself, so no data view is needed.
// core's `getUrlForApp` appends a path that starts with `#` as is (appendAppPath).
import type { ApplicationStart } from '@kbn/core/public';
import type { Pivot, PivotCondition } from '../../common/api';
import { DEFAULT_REFRESH_INTERVAL, type RefreshInterval } from './refresh_interval';
import { encodeUriQuery, risonEncode } from './rison';

export const DISCOVER_APP_ID = 'discover';

/** An ES|QL string literal. */
function esqlString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function esqlValue(condition: PivotCondition, value: string): string {
  // An address field compares with an address, not with text.
  return condition.fieldType === 'ip' ? `TO_IP(${esqlString(value)})` : esqlString(value);
}

function esqlCondition(condition: PivotCondition): string {
  const values = condition.values.map((value) => esqlValue(condition, value));
  return values.length === 1
    ? `${condition.field} == ${values[0]}`
    : `${condition.field} IN (${values.join(', ')})`;
}

/** The pivot as ES|QL: its logs, its conditions (and the exclusion), newest first. */
export function pivotEsql(pivot: Pivot): string {
  const where = pivot.conditions.map(esqlCondition);
  if (pivot.excluding.length > 0) {
    where.push(`NOT (${pivot.excluding.map(esqlCondition).join(' AND ')})`);
  }
  return [
    `FROM ${pivot.indexPatterns.join(', ')}`,
    ...(where.length > 0 ? [`| WHERE ${where.join(' AND ')}`] : []),
    `| SORT ${pivot.timeField} DESC`,
  ].join('\n');
}

/** Discover's hash: `#/?_g=(…)&_a=(…)`, as its locator builds it (a pivot is a fixed window: refresh paused). */
export function discoverHash(pivot: Pivot, refreshInterval: RefreshInterval): string {
  const global = risonEncode({
    filters: [],
    refreshInterval: { pause: refreshInterval.pause, value: refreshInterval.value },
    time: { from: pivot.from, to: pivot.to },
  });
  const app = risonEncode({
    dataSource: { type: 'esql' },
    query: { esql: pivotEsql(pivot) },
  });
  return `#/?_g=${encodeUriQuery(global)}&_a=${encodeUriQuery(app)}`;
}

/** Where pivots open: absent on hosts without Discover, which run them as searches instead. */
export interface PivotLinks {
  href(pivot: Pivot): string;
}

export function createDiscoverPivotLinks(application: ApplicationStart): PivotLinks {
  return {
    href: (pivot) =>
      application.getUrlForApp(DISCOVER_APP_ID, {
        path: discoverHash(pivot, DEFAULT_REFRESH_INTERVAL),
      }),
  };
}
