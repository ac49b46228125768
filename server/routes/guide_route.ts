// GET guide: the investigation guide (deployed note, else the bundled one) and investigation fields.
import { ROUTES, type GuideResponse } from '../../common/api';
import { getGuide } from '../lib/guide/get_guide';
import type { ServiceContext } from '../lib/service_context';
import type { RouteDefinition } from './route_definition';

export const guideRoute: RouteDefinition<ServiceContext, unknown, unknown, GuideResponse> = {
  method: 'get',
  path: ROUTES.guide,
  access: 'read',
  description: 'The rule’s investigation guide, investigation fields and references.',
  handle: (ctx) => getGuide(ctx),
};
