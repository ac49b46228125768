// POST deploy: install Elastic's prebuilt copy or our custom copy, idempotently; drift answers 409 with the diff.
import { DeployRequest, ROUTES, type DeployResponse } from '../../common/api';
import { deployRule } from '../lib/deploy/deploy_rule';
import type { ServiceContext } from '../lib/service_context';
import type { RouteDefinition } from './route_definition';

export const deployRoute: RouteDefinition<ServiceContext, unknown, DeployRequest, DeployResponse> =
  {
    method: 'post',
    path: ROUTES.deploy,
    access: 'write',
    description:
      'Deploys or upgrades the detection rule in this space (dryRun plans without changing anything).',
    body: DeployRequest,
    handle: (ctx, { body }) => deployRule(ctx, body),
  };
