// A well-formed request for any route of the table: the headers Kibana's rules demand and a valid input for
// the routes whose codecs are known here (any other route gets an empty body), so a new route is exercised too.
import { ROUTES } from '../../../common/api';
import type { AnyRouteDefinition } from '../../../server/routes';

export interface RouteCall {
  method: 'GET' | 'POST';
  /** Path and query string. */
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export const API_HEADERS: Readonly<Record<string, string>> = {
  'elastic-api-version': '1',
  'x-elastic-internal-origin': 'Kibana',
  'kbn-xsrf': 'true',
};

/** An alert id no stack holds: the alert routes reach their upstream with it and find nothing. */
export const ABSENT_ALERT_ID = 'no-such-alert';

/** Inputs that reach the service (not refused at decoding), by path. */
const VALID_INPUT: Record<string, { query?: Record<string, string>; body?: unknown }> = {
  [ROUTES.deploy]: { body: {} },
  [ROUTES.enable]: { body: { enabled: false } },
  [ROUTES.alerts]: { query: { range: '24h' } },
  [ROUTES.alertStatus]: { body: { ids: [ABSENT_ALERT_ID], status: 'acknowledged' } },
  [ROUTES.alertContext]: { query: { id: ABSENT_ALERT_ID } },
  [ROUTES.alertPivot]: { query: { id: ABSENT_ALERT_ID, pivot: 'identity_timeline' } },
  // Removing a notification the rule does not have: it reaches the service and changes nothing.
  [ROUTES.notify]: { body: { connectorId: 'no-such-connector', notify: null } },
  [ROUTES.backtest]: { body: { days: 1 } },
  [ROUTES.exceptionsAdd]: {
    body: {
      entries: [{ type: 'match', field: 'user.name', operator: 'included', value: 'route-probe' }],
    },
  },
  [ROUTES.exceptionsRemove]: { body: { id: 'no-such-item' } },
};

/** Routes whose valid input names one alert: with ABSENT_ALERT_ID, success is a 404 that names it. */
export const NAMES_AN_ALERT: ReadonlySet<string> = new Set([
  ROUTES.alertContext,
  ROUTES.alertPivot,
]);

export function validInput(route: AnyRouteDefinition<unknown>): {
  query: Record<string, string>;
  body: unknown;
} {
  const known = VALID_INPUT[route.path];
  return {
    query: known?.query ?? {},
    body: known?.body ?? (route.method === 'get' ? undefined : {}),
  };
}

export function routeRequest(route: AnyRouteDefinition<unknown>): RouteCall {
  const input = validInput(route);
  const query = new URLSearchParams(input.query).toString();
  const method = route.method === 'get' ? 'GET' : 'POST';
  return {
    method,
    url: `${route.path}${query ? `?${query}` : ''}`,
    headers: {
      ...API_HEADERS,
      ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
    },
    ...(method === 'POST' ? { body: JSON.stringify(input.body ?? {}) } : {}),
  };
}
