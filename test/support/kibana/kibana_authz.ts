// Kibana's route authorization, as the security plugin applies it before a handler runs: the features plugin's
// registry (a double), the API privileges a role's feature privilege grants, and the check of a route's
// `security.authz.requiredPrivileges` with Kibana's 403 answer.
import type {
  KibanaRequest,
  KibanaResponseFactory,
  RequestHandler,
  VersionedRouteConfig,
} from '@kbn/core/server';
import type { FeaturesPluginSetup, KibanaFeatureConfig } from '@kbn/features-plugin/server';

/** Which API privileges a caller holds (a `Set` of them fits). */
export interface ApiPrivilegeHolder {
  has(privilege: string): boolean;
}

/** The API privileges the caller's roles grant in the request's space. */
export type GrantedApiPrivileges = (request: KibanaRequest) => ApiPrivilegeHolder;

/** A superuser holds every privilege. */
export const SUPERUSER_GRANTS: GrantedApiPrivileges = () => ({ has: () => true });

/** `registerKibanaFeature`, recording what was registered. */
export function createFeaturesDouble(): {
  features: FeaturesPluginSetup;
  registered: KibanaFeatureConfig[];
} {
  const registered: KibanaFeatureConfig[] = [];
  return {
    registered,
    features: {
      registerKibanaFeature(feature) {
        if (registered.some((f) => f.id === feature.id)) {
          throw new Error(`Feature with id ${feature.id} is already registered.`);
        }
        registered.push(feature);
      },
    },
  };
}

/** What a role granted `level` of `feature` (or nothing of it) may call. */
export function grantsOf(
  feature: KibanaFeatureConfig,
  level: 'all' | 'read' | 'none',
): ReadonlySet<string> {
  if (level === 'none' || feature.privileges === null) return new Set();
  return new Set(feature.privileges[level].api ?? []);
}

/** Wraps a route handler with Kibana's check of the route's required privileges. */
export function enforceRequiredPrivileges(
  method: string,
  config: VersionedRouteConfig,
  handler: RequestHandler,
  granted: GrantedApiPrivileges,
): RequestHandler {
  const authz = config.security.authz;
  if (!('requiredPrivileges' in authz)) return handler;
  return async (context, request, response: KibanaResponseFactory) => {
    const have = granted(request);
    const missing = authz.requiredPrivileges.filter((privilege) => !have.has(privilege));
    if (missing.length === 0) return handler(context, request, response);
    return response.forbidden({
      body: {
        message:
          `API [${method.toUpperCase()} ${request.url.pathname}${request.url.search}] is unauthorized for user, ` +
          `this action is granted by the Kibana privileges [${missing.join(',')}]`,
      },
    });
  };
}
