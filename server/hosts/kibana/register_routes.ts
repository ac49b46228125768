// Registers the host-agnostic routes on Kibana's versioned router (internal access, version 1), each requiring the
// API privilege of its access kind, so Kibana refuses a role without the plugin's feature before the handler runs.
import type {
  IKibanaResponse,
  IRouter,
  KibanaRequest,
  KibanaResponseFactory,
  RequestHandlerContext,
  RouteValidationFunction,
} from '@kbn/core/server';
import type { Logger } from '../../lib/logger';
import { HttpError } from '../../lib/errors';
import { API_VERSION } from '../../../common/constants';
import type { AnyRouteDefinition, Codec, RouteAccess } from '../../routes';
import { decodeInput, runRoute } from '../../routes/run_route';

export type KibanaContextFactory<Ctx> = (
  context: RequestHandlerContext,
  request: KibanaRequest,
) => Promise<Ctx>;

/** Lets Kibana answer bad input itself, with our precise io-ts message. */
function validator<A>(codec: Codec<A>, where: 'query' | 'body'): RouteValidationFunction<A> {
  return (data, result) => {
    try {
      return result.ok(decodeInput(codec, data ?? {}, where));
    } catch (error) {
      const message = error instanceof HttpError ? error.message : `Invalid ${where}`;
      return result.badRequest(message);
    }
  };
}

function respond(
  response: KibanaResponseFactory,
  outcome: Awaited<ReturnType<typeof runRoute>>,
): IKibanaResponse {
  if (outcome.ok) return response.ok({ body: outcome.body });
  const { message, attributes } = outcome.body;
  return response.customError({
    statusCode: outcome.statusCode,
    body: attributes ? { message, attributes } : { message },
  });
}

export function registerRoutes<Ctx>(
  router: IRouter,
  routes: AnyRouteDefinition<Ctx>[],
  createContext: KibanaContextFactory<Ctx>,
  logger: Logger,
  privilegeOf: Readonly<Record<RouteAccess, string>>,
): void {
  for (const route of routes) {
    router.versioned[route.method]({
      path: route.path,
      access: 'internal',
      summary: route.description,
      // The feature privilege gates the route; the calls it makes still carry the caller's own credentials.
      security: { authz: { requiredPrivileges: [privilegeOf[route.access]] } },
    }).addVersion(
      {
        version: API_VERSION,
        validate: {
          request: {
            ...(route.query ? { query: validator(route.query, 'query') } : {}),
            ...(route.body ? { body: validator(route.body, 'body') } : {}),
          },
        },
      },
      async (context, request, response) => {
        // Kibana has already decoded the input through the validators above.
        const outcome = await runRoute(
          route,
          () => ({ query: request.query, body: request.body }),
          () => createContext(context, request),
          logger,
        );
        return respond(response, outcome);
      },
    );
  }
}
