import type { IKibanaResponse, KibanaRequest, RequestHandlerContext } from '@kbn/core/server';
import { ROUTES } from '../../../common/api';
import { API_PREFIX } from '../../../common/constants';
import {
  createRouterDouble,
  responseFactory,
  validationResult,
  type RegisteredRoute,
} from '../../../test/support/kibana/server_doubles';
import {
  PLUGIN_ROUTE_REGISTRATIONS,
  routeRegistrations,
} from '../../../test/support/kibana/plugin_routes';
import { config, plugin } from '../../index';

async function setupPlugin(settings: unknown = {}) {
  const registered: RegisteredRoute[] = [];
  const logs: string[] = [];
  const logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: (m: string) => logs.push(m),
    error: (m: string | Error) => logs.push(String(m)),
    get: () => logger,
  };
  const validated = (config.schema as { validate(v: unknown): unknown }).validate(settings);
  const instance = await plugin({
    logger: { get: () => logger },
    config: { get: <T>() => validated as T },
    env: { packageInfo: { version: '9.2.1', branch: '9.2' } },
  });
  instance.setup({
    http: {
      createRouter: () => createRouterDouble(registered),
      basePath: { get: () => '/s/secops', serverBasePath: '' },
      getServerInfo: () => ({ name: 'kibana', hostname: '127.0.0.1', port: 1, protocol: 'http' }),
    },
    getStartServices: async () => [
      {},
      { spaces: { spacesService: { getSpaceId: () => 'secops' } } },
      {},
    ],
  });
  return { registered, logs };
}

describe('Kibana server plugin', () => {
  it('registers every route as internal, version 1, with an explicit authz decision', async () => {
    const { registered } = await setupPlugin();
    expect(routeRegistrations(registered)).toEqual(PLUGIN_ROUTE_REGISTRATIONS);
    for (const route of registered) {
      expect(route.config.path.startsWith(`${API_PREFIX}/`)).toBe(true);
      expect(route.config.access).toBe('internal');
      expect(route.version).toBe('1');
      expect(route.config.security).toEqual({
        authz: { enabled: false, reason: expect.stringContaining("caller's own credentials") },
      });
    }
  });

  it('validates input with the route codecs, so Kibana answers 400 itself', async () => {
    const { registered } = await setupPlugin();
    const enable = registered.find((r) => r.config.path === ROUTES.enable)!;
    expect(enable.validate.body!({ enabled: true }, validationResult)).toEqual({
      value: { enabled: true },
    });
    const bad = enable.validate.body!({ enabled: 'yes' }, validationResult);
    expect(bad.error?.message).toBe('Invalid body: body.enabled: expected boolean, got "yes"');
    const alerts = registered.find((r) => r.config.path === ROUTES.alerts)!;
    expect(alerts.validate.query!({ range: '1y' }, validationResult).error?.message).toMatch(
      /query.range/,
    );
  });

  it('calls Kibana with the caller’s credentials in the caller’s space, and passes errors through', async () => {
    const { registered } = await setupPlugin({ kibanaUrl: 'http://127.0.0.1:9' });
    const status = registered.find((r) => r.config.path === ROUTES.status)!;
    const context = {
      core: Promise.resolve({
        elasticsearch: { client: { asCurrentUser: {}, asInternalUser: {} } },
      }),
    } as unknown as RequestHandlerContext;
    const request = {
      url: new URL('http://kibana/internal/ssm_recon_rule/status'),
      headers: { authorization: 'Basic YW5hbHlzdDpjaGFuZ2VtZQ==' },
      params: {},
      query: {},
      body: {},
    } as unknown as KibanaRequest & { query: unknown; body: unknown };
    // Nothing listens on port 9: the answer must be a gateway error, not a crash or a stack trace.
    const answer: IKibanaResponse = await status.handler(context, request, responseFactory);
    expect(answer.status).toBeGreaterThanOrEqual(502);
    expect(answer.status).toBeLessThanOrEqual(503);
    expect(JSON.stringify(answer.payload)).not.toMatch(/YW5hbHlzdDpjaGFuZ2VtZQ|at .*\.ts/);
  });

  it('rejects settings Kibana would reject', () => {
    const schema = config.schema as { validate(v: unknown): unknown };
    expect(() => schema.validate({ kibanaUrl: 'ftp://x' })).toThrow(/scheme/);
    expect(() => schema.validate({ unknown: true })).toThrow(/definition for this key is missing/);
    expect(schema.validate({})).toEqual({
      ssl: { verificationMode: 'full' },
      requestTimeout: 30000,
    });
  });
});
