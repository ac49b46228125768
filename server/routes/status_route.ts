// GET status: which copy is deployed, how it runs, the verdict with causes and fixes.
import { ROUTES, type StatusResponse } from '../../common/api';
import type { ServiceContext } from '../lib/service_context';
import { getRuleStatus } from '../lib/status/get_rule_status';
import type { RouteDefinition } from './route_definition';

export const statusRoute: RouteDefinition<ServiceContext, unknown, unknown, StatusResponse> = {
  method: 'get',
  path: ROUTES.status,
  access: 'read',
  description:
    'Health of the detection rule: deployed copy, versions, last runs and a verdict with fixes.',
  handle: (ctx) => getRuleStatus(ctx),
};
