// POST enable: turn the deployed rule on or off.
import { EnableRequest, ROUTES, type EnableResponse } from '../../common/api';
import { setRuleEnabled } from '../lib/enable/set_rule_enabled';
import type { ServiceContext } from '../lib/service_context';
import type { RouteDefinition } from './route_definition';

export const enableRoute: RouteDefinition<ServiceContext, unknown, EnableRequest, EnableResponse> =
  {
    method: 'post',
    path: ROUTES.enable,
    access: 'write',
    description: 'Enables or disables the deployed detection rule.',
    body: EnableRequest,
    handle: (ctx, { body }) => setRuleEnabled(ctx, body.enabled),
  };
