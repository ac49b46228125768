// The Kibana host (the real plugin, its real route registration) driven through router doubles, talking to a
// Detection Engine at `serverUrl` and to Elasticsearch as the caller at `elasticsearchUrl`. Any use of
// Kibana's internal user (`asInternalUser`) is recorded, so a test can prove no request acts as Kibana itself.
import { Client } from '@elastic/elasticsearch';
import type { KibanaRequest, RequestHandlerContext } from '@kbn/core/server';
import { config, plugin } from '../../../server/index';
import { createCompatibleMediaTransport } from '../../../server/lib/compatible_media_transport';
import { createFeaturesDouble } from '../kibana/kibana_authz';
import {
  createCoreSetupDouble,
  requestEventsDouble,
  responseFactory,
  type RegisteredRoute,
} from '../kibana/server_doubles';

export interface KibanaHostCall {
  method: string;
  path: string;
  authorization: string;
  query?: Record<string, string>;
  body?: unknown;
}

export interface KibanaHostDouble {
  routes: RegisteredRoute[];
  /** Runs a registered route's validation and handler as Kibana would; answers status and payload. */
  call(call: KibanaHostCall): Promise<{ status: number; payload: unknown }>;
  /** What touched the internal user (must stay empty). */
  internalUse: string[];
  logs: string[];
  close(): Promise<void>;
}

export async function startKibanaHostDouble(options: {
  serverUrl: string;
  elasticsearchUrl: string;
  spaceId: string;
}): Promise<KibanaHostDouble> {
  const routes: RegisteredRoute[] = [];
  const logs: string[] = [];
  const internalUse: string[] = [];
  const clients: Client[] = [];
  const Transport = createCompatibleMediaTransport();
  const logger = {
    debug: (m: string) => logs.push(m),
    info: (m: string) => logs.push(m),
    warn: (m: string) => logs.push(m),
    error: (m: string | Error) => logs.push(String(m)),
    get: () => logger,
  };
  const validated = (config.schema as { validate(v: unknown): unknown }).validate({
    requestTimeout: 10_000,
  });
  const instance = await plugin({
    logger: { get: () => logger },
    config: { get: <T>() => validated as T },
    env: { packageInfo: { version: '9.2.1', branch: '9.2' } },
  });
  const core = createCoreSetupDouble({
    routes,
    serverUrl: options.serverUrl,
    spaceId: options.spaceId,
  });
  instance.setup(core as unknown as Parameters<typeof instance.setup>[0], {
    features: createFeaturesDouble().features,
  });

  const internalUser = new Proxy(
    {},
    {
      get(_target, property) {
        if (property === 'then') return undefined;
        internalUse.push(String(property));
        throw new Error('Kibana’s internal user was used for a user’s request');
      },
    },
  );

  return {
    routes,
    internalUse,
    logs,
    async call({ method, path, authorization, query = {}, body = {} }) {
      const route = routes.find((r) => r.method === method.toLowerCase() && r.config.path === path);
      if (!route) throw new Error(`no route ${method} ${path}`);
      const validation = {
        ok: (value: unknown) => ({ value }),
        badRequest: (error: Error | string) => ({ error }),
      };
      const input: Record<string, unknown> = { query: {}, body: {} };
      for (const [where, raw] of [
        ['query', query],
        ['body', body],
      ] as const) {
        const validate = route.validate[where];
        if (!validate) continue;
        const result = validate(raw, validation as never) as { value?: unknown; error?: unknown };
        if (result.error) return { status: 400, payload: { message: String(result.error) } };
        input[where] = result.value;
      }
      const asCurrentUser = new Client({
        node: options.elasticsearchUrl,
        Transport,
        headers: { authorization },
        maxRetries: 0,
      });
      clients.push(asCurrentUser);
      const context = {
        core: Promise.resolve({
          elasticsearch: { client: { asCurrentUser, asInternalUser: internalUser } },
        }),
      } as unknown as RequestHandlerContext;
      const events = requestEventsDouble();
      const request = {
        url: new URL(`http://kibana${path}`),
        headers: { authorization },
        events: events.events,
        params: {},
        ...input,
      } as unknown as KibanaRequest;
      const answer = (await route.handler(context, request, responseFactory)) as {
        status: number;
        payload?: unknown;
      };
      events.complete();
      return { status: answer.status, payload: answer.payload };
    },
    async close() {
      await Promise.all(clients.map((client) => client.close()));
    },
  };
}
