// GET readiness: can the data in the rule's index patterns feed it?
import { ROUTES, type ReadinessResponse } from '../../common/api';
import { checkReadiness } from '../lib/readiness/check_readiness';
import type { ServiceContext } from '../lib/service_context';
import type { RouteDefinition } from './route_definition';

export const readinessRoute: RouteDefinition<ServiceContext, unknown, unknown, ReadinessResponse> =
  {
    method: 'get',
    path: ROUTES.readiness,
    access: 'read',
    description:
      'Checks that the rule’s index patterns hold data its query and new-terms fields can use.',
    handle: (ctx) => checkReadiness(ctx),
  };
