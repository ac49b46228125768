// Type-only mirror of the few @kbn/core server shapes this plugin uses (Kibana provides the values at runtime).
// Shapes follow Kibana 9.x's core-http-server and core-plugins-server packages.
import type { Client } from '@elastic/elasticsearch';

export type ElasticsearchClient = Omit<
  Client,
  'connectionPool' | 'serializer' | 'extend' | 'close' | 'diagnostic' | 'child'
>;

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string | Error): void;
  get(...childContextPaths: string[]): Logger;
}

/** The part of rxjs's `Observable` the plugin uses (Kibana's request events are rxjs Observables). */
export interface Observable<T> {
  subscribe(next: (value: T) => void): { unsubscribe(): void };
}

/** Kibana completes both once the answer is sent or the request aborted. */
export interface KibanaRequestEvents {
  /** Emits once when the client closes the connection before the answer. */
  aborted$: Observable<void>;
  /** Emits once when the answer was sent or the request aborted. */
  completed$: Observable<void>;
}

export interface KibanaRequest {
  readonly url: URL;
  readonly events: KibanaRequestEvents;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly params: unknown;
  readonly query: unknown;
  readonly body: unknown;
}

export interface RouteValidationResultFactory {
  ok<T>(value: T): { value: T };
  badRequest(error: Error | string, path?: string[]): { error: Error };
}

export type RouteValidationFunction<T> = (
  data: unknown,
  validationResult: RouteValidationResultFactory,
) => { value: T; error?: never } | { value?: never; error: Error };

export interface RouteValidatorConfig<Q, B> {
  params?: RouteValidationFunction<unknown>;
  query?: RouteValidationFunction<Q>;
  body?: RouteValidationFunction<B>;
}

export interface ResponseErrorBody {
  message: string;
  attributes?: Record<string, unknown>;
}

export interface IKibanaResponse {
  readonly status: number;
  readonly payload?: unknown;
}

export interface KibanaResponseFactory {
  ok(options?: { body?: unknown; headers?: Record<string, string> }): IKibanaResponse;
  badRequest(options?: { body?: ResponseErrorBody | string }): IKibanaResponse;
  forbidden(options?: { body?: ResponseErrorBody | string }): IKibanaResponse;
  notFound(options?: { body?: ResponseErrorBody | string }): IKibanaResponse;
  conflict(options?: { body?: ResponseErrorBody | string }): IKibanaResponse;
  customError(options: { statusCode: number; body?: ResponseErrorBody | string }): IKibanaResponse;
}

export interface RequestHandlerContext {
  core: Promise<{
    elasticsearch: {
      client: { asCurrentUser: ElasticsearchClient; asInternalUser: ElasticsearchClient };
    };
  }>;
}

export type RequestHandler<Q = unknown, B = unknown> = (
  context: RequestHandlerContext,
  request: KibanaRequest & { query: Q; body: B },
  response: KibanaResponseFactory,
) => Promise<IKibanaResponse>;

/** Every listed API privilege is required (Kibana also accepts `{ anyRequired, allRequired }` entries). */
export type RouteSecurity =
  | { authz: { requiredPrivileges: readonly string[] } }
  | { authz: { enabled: false; reason: string } };

export interface VersionedRouteConfig {
  path: string;
  access: 'internal' | 'public';
  security: RouteSecurity;
  summary?: string;
  description?: string;
}

export interface VersionedRoute {
  addVersion<Q, B>(
    options: { version: string; validate: false | { request: RouteValidatorConfig<Q, B> } },
    handler: RequestHandler<Q, B>,
  ): VersionedRoute;
}

export interface VersionedRouter {
  get(config: VersionedRouteConfig): VersionedRoute;
  post(config: VersionedRouteConfig): VersionedRoute;
  put(config: VersionedRouteConfig): VersionedRoute;
  patch(config: VersionedRouteConfig): VersionedRoute;
  delete(config: VersionedRouteConfig): VersionedRoute;
}

export interface IRouter {
  versioned: VersionedRouter;
}

export interface HttpServerInfo {
  name: string;
  hostname: string;
  port: number;
  protocol: 'http' | 'https' | 'socket';
}

export interface HttpServiceSetup {
  createRouter(): IRouter;
  basePath: { get(request: KibanaRequest): string; serverBasePath: string };
  getServerInfo(): HttpServerInfo;
}

export type CoreStart = Record<string, unknown>;

export interface CoreSetup<TPluginsStart extends object = object> {
  http: HttpServiceSetup;
  getStartServices(): Promise<[CoreStart, TPluginsStart, unknown]>;
}

export interface PluginInitializerContext<ConfigType = unknown> {
  logger: { get(...contextParts: string[]): Logger };
  config: { get<T = ConfigType>(): T };
  env: { packageInfo: { version: string; branch: string } };
}

export interface Plugin<
  TSetup = void,
  TStart = void,
  TPluginsSetup = object,
  TPluginsStart = object,
> {
  setup(core: CoreSetup, plugins: TPluginsSetup): TSetup;
  start(core: CoreStart, plugins: TPluginsStart): TStart;
  stop?(): void;
}

export interface PluginConfigDescriptor<T = unknown> {
  schema: unknown;
  exposeToBrowser?: Partial<Record<keyof T, boolean>>;
}
