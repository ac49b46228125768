// GET alerts?range=24h|7d|30d: what the rule found, through the Detection Engine's signals search.
import { AlertsQuery, ROUTES, type AlertsResponse } from '../../common/api';
import { getAlerts } from '../lib/alerts/get_alerts';
import type { ServiceContext } from '../lib/service_context';
import type { RouteDefinition } from './route_definition';

export const alertsRoute: RouteDefinition<ServiceContext, AlertsQuery, unknown, AlertsResponse> = {
  method: 'get',
  path: ROUTES.alerts,
  access: 'read',
  description: 'Alert counts, histogram, top new-terms pairs and the newest alerts of the rule.',
  query: AlertsQuery,
  handle: (ctx, { query }) => getAlerts(ctx, query.range),
};
