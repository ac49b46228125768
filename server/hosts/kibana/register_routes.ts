// Registers the host-agnostic routes on Kibana's versioned router (internal access, version 1, explicit authz).
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
import type { AnyRouteDefinition, Codec } from '../../routes';
import { decodeInput, runRoute } from '../../routes/run_route';

/** Why the routes carry no Kibana privilege of their own (every route states its authz explicitly). */
export const DELEGATED_AUTHZ_REASON =
  'Authorization is delegated: every call this route makes goes to the Kibana Detection Engine API and to ' +
  "Elasticsearch with the caller's own credentials, which enforce the caller's privileges.";

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
): void {
  for (const route of routes) {
    router.versioned[route.method]({
      path: route.path,
      access: 'internal',
      summary: route.description,
      // Every downstream call carries the caller's credentials, so Kibana and Elasticsearch decide.
      security: { authz: { enabled: false, reason: DELEGATED_AUTHZ_REASON } },
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
