// Kibana server doubles for loading a plugin outside Kibana: a versioned router that records what is
// registered and enforces each route's required privileges as Kibana's security does, a response factory, and the
// slice of CoreSetup the plugin uses (router, base path, own address), and a request's events.
import type {
  IKibanaResponse,
  IRouter,
  KibanaRequestEvents,
  KibanaResponseFactory,
  RequestHandler,
  RouteValidationFunction,
  VersionedRouteConfig,
} from '@kbn/core/server';
import {
  enforceRequiredPrivileges,
  SUPERUSER_GRANTS,
  type GrantedApiPrivileges,
} from './kibana_authz';

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

/**
 * `router.versioned.<method>(config).addVersion(options, handler)`, recorded in `routes`; the recorded handler
 * answers 403 before the plugin's handler runs when `granted` lacks a required privilege (superuser by default).
 */
export function createRouterDouble(
  routes: RegisteredRoute[],
  granted: GrantedApiPrivileges = SUPERUSER_GRANTS,
): IRouter {
  const method = (name: RegisteredRoute['method']) => (config: VersionedRouteConfig) => {
    const route = {
      addVersion(options: VersionOptions, handler: RequestHandler) {
        routes.push({
          method: name,
          config,
          version: options.version,
          validate: options.validate === false ? {} : options.validate.request,
          handler: enforceRequiredPrivileges(name, config, handler, granted),
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
  /** The caller's API privileges; superuser when absent. */
  granted?: GrantedApiPrivileges;
}

export function createCoreSetupDouble({
  routes,
  serverUrl,
  spaceId,
  granted,
}: CoreSetupDoubleOptions) {
  const url = new URL(serverUrl);
  return {
    http: {
      createRouter: () => createRouterDouble(routes, granted),
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

/** A Subject as Kibana builds a request's events from: emits at most once, then completes. */
function onceSubject() {
  // null once ended: later subscribers get nothing.
  let listeners: (() => void)[] | null = [];
  return {
    observable: {
      subscribe(next: () => void) {
        listeners?.push(next);
        return {
          unsubscribe: () => {
            listeners = listeners?.filter((l) => l !== next) ?? null;
          },
        };
      },
    },
    end(emit: boolean) {
      const current = listeners ?? [];
      listeners = null;
      if (emit) for (const listener of current) listener();
    },
  };
}

/**
 * `request.events` as Kibana hands it out: `abort()` is the client going away before the answer (`aborted$`
 * emits), `complete()` the answer sent (`aborted$` completes silently); both then complete.
 */
export function requestEventsDouble(): {
  events: KibanaRequestEvents;
  abort(): void;
  complete(): void;
} {
  const aborted = onceSubject();
  const completed = onceSubject();
  let ended = false;
  const end = (wasAborted: boolean) => {
    if (ended) return;
    ended = true;
    aborted.end(wasAborted);
    completed.end(true);
  };
  return {
    events: { aborted$: aborted.observable, completed$: completed.observable },
    abort: () => end(true),
    complete: () => end(false),
  };
}
