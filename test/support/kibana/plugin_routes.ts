// The routes the plugin registers on Kibana's router, as `<method> <path>`: the plugin's own test and the built
// archive's test hold what a router double recorded to this one list.
import { ROUTES } from '../../../common/api';
import type { RegisteredRoute } from './server_doubles';

export const PLUGIN_ROUTE_REGISTRATIONS: readonly string[] = [
  `get ${ROUTES.status}`,
  `post ${ROUTES.deploy}`,
  `post ${ROUTES.enable}`,
  `get ${ROUTES.readiness}`,
  `get ${ROUTES.alerts}`,
  `get ${ROUTES.guide}`,
  `post ${ROUTES.alertStatus}`,
  `get ${ROUTES.alertContext}`,
  `get ${ROUTES.alertPivot}`,
  `get ${ROUTES.notifications}`,
  `post ${ROUTES.notify}`,
  `post ${ROUTES.backtest}`,
  `get ${ROUTES.exceptions}`,
  `post ${ROUTES.exceptionsAdd}`,
  `post ${ROUTES.exceptionsRemove}`,
].sort();

/** What a router double recorded, in the form of the list above. */
export function routeRegistrations(routes: readonly RegisteredRoute[]): string[] {
  return routes.map((route) => `${route.method} ${route.config.path}`).sort();
}
