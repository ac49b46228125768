// Kibana server doubles for loading a plugin outside Kibana: a versioned router that records what is
// registered, a response factory, and the slice of CoreSetup the plugin uses (router, base path, own address).
import type {
  IKibanaResponse,
  IRouter,
  KibanaResponseFactory,
  RequestHandler,
  RouteValidationFunction,
  VersionedRouteConfig,
} from '@kbn/core/server';

export interface RegisteredRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  config: VersionedRouteConfig;
  version: string;
  validate: { query?: RouteValidationFunction<unknown>; body?: RouteValidationFunction<unknown> };
  handler: RequestHandler;
}

type VersionOptions = {
  version: string;
  validate: false | { request: RegisteredRoute['validate'] };
};

/** `router.versioned.<method>(config).addVersion(options, handler)`, recorded in `routes`. */
export function createRouterDouble(routes: RegisteredRoute[]): IRouter {
  const method = (name: RegisteredRoute['method']) => (config: VersionedRouteConfig) => {
    const route = {
      addVersion(options: VersionOptions, handler: RequestHandler) {
        routes.push({
          method: name,
          config,
          version: options.version,
          validate: options.validate === false ? {} : options.validate.request,
          handler,
        });
        return route;
      },
    };
    return route;
  };
  const versioned = {
    get: method('get'),
    post: method('post'),
    put: method('put'),
    patch: method('patch'),
    delete: method('delete'),
  };
  return { versioned } as unknown as IRouter;
}

export const responseFactory: KibanaResponseFactory = {
  ok: (options) => ({ status: 200, payload: options?.body }),
  badRequest: (options) => ({ status: 400, payload: options?.body }),
  forbidden: (options) => ({ status: 403, payload: options?.body }),
  notFound: (options) => ({ status: 404, payload: options?.body }),
  conflict: (options) => ({ status: 409, payload: options?.body }),
  customError: (options) => ({ status: options.statusCode, payload: options.body }),
};

/** What route validation functions receive from Kibana. */
export const validationResult = {
  ok: <T>(value: T) => ({ value }),
  badRequest: (error: Error | string) => ({
    error: error instanceof Error ? error : new Error(error),
  }),
};

export interface CoreSetupDoubleOptions {
  routes: RegisteredRoute[];
  /** Kibana's own address, which the plugin calls back for the Detection Engine API. */
  serverUrl: string;
  spaceId: string;
}

export function createCoreSetupDouble({ routes, serverUrl, spaceId }: CoreSetupDoubleOptions) {
  const url = new URL(serverUrl);
  return {
    http: {
      createRouter: () => createRouterDouble(routes),
      basePath: { get: () => (spaceId === 'default' ? '' : `/s/${spaceId}`), serverBasePath: '' },
      getServerInfo: () => ({
        name: 'kibana',
        hostname: url.hostname,
        port: Number(url.port),
        protocol: url.protocol.replace(':', ''),
      }),
    },
    getStartServices: async () => [
      {},
      { spaces: { spacesService: { getSpaceId: () => spaceId } } },
      {},
    ],
  };
}

export type ResponseDouble = IKibanaResponse & { payload?: unknown };
