// Every route of the plugin, as served by Kibana and by the standalone host.
import type { ServiceContext } from '../lib/service_context';
import { alertsRoute } from './alerts_route';
import { deployRoute } from './deploy_route';
import { enableRoute } from './enable_route';
import { guideRoute } from './guide_route';
import { readinessRoute } from './readiness_route';
import type { AnyRouteDefinition } from './route_definition';
import { statusRoute } from './status_route';

export const pluginRoutes: AnyRouteDefinition<ServiceContext>[] = [
  statusRoute,
  deployRoute,
  enableRoute,
  readinessRoute,
  alertsRoute,
  guideRoute,
];
