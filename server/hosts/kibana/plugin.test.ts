import type { IKibanaResponse, KibanaRequest, RequestHandlerContext } from '@kbn/core/server';
import { ROUTES } from '../../../common/api';
import { API_PREFIX, PLUGIN_ID } from '../../../common/constants';
import {
  createFeaturesDouble,
  grantsOf,
  type GrantedApiPrivileges,
} from '../../../test/support/kibana/kibana_authz';
import {
  createRouterDouble,
  requestEventsDouble,
  responseFactory,
  validationResult,
  type RegisteredRoute,
} from '../../../test/support/kibana/server_doubles';
import {
  PLUGIN_ROUTE_REGISTRATIONS,
  routeRegistrations,
} from '../../../test/support/kibana/plugin_routes';
import * as backtestService from '../../lib/backtest/run_backtest';
import { HttpError } from '../../lib/errors';
import { pluginRoutes } from '../../routes';
import { config, plugin } from '../../index';
import { API_PRIVILEGES, KIBANA_FEATURE } from './feature';

async function setupPlugin(settings: unknown = {}, granted?: GrantedApiPrivileges) {
  const registered: RegisteredRoute[] = [];
  const features = createFeaturesDouble();
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
  instance.setup(
    {
      http: {
        createRouter: () => createRouterDouble(registered, granted),
        basePath: { get: () => '/s/secops', serverBasePath: '' },
        getServerInfo: () => ({ name: 'kibana', hostname: '127.0.0.1', port: 1, protocol: 'http' }),
      },
      getStartServices: async () => [
        {},
        { spaces: { spacesService: { getSpaceId: () => 'secops' } } },
        {},
      ],
    },
    { features: features.features },
  );
  return { registered, logs, features: features.registered };
}

/** A request handler context that counts who asked for core (the Elasticsearch client lives there). */
function countingContext() {
  const count = { core: 0 };
  const context = {
    get core() {
      count.core += 1;
      return Promise.resolve({
        elasticsearch: { client: { asCurrentUser: {}, asInternalUser: {} } },
      });
    },
  } as unknown as RequestHandlerContext;
  return { context, count };
}

function requestTo(path: string, search = ''): KibanaRequest & { query: unknown; body: unknown } {
  return {
    url: new URL(`http://kibana${path}${search}`),
    headers: { authorization: 'Basic YW5hbHlzdDpjaGFuZ2VtZQ==' },
    events: requestEventsDouble().events,
    params: {},
    query: {},
    body: { enabled: true },
  } as unknown as KibanaRequest & { query: unknown; body: unknown };
}

describe('Kibana server plugin', () => {
  it('registers every route as internal, version 1, requiring the API privilege of its access kind', async () => {
    const { registered } = await setupPlugin();
    expect(routeRegistrations(registered)).toEqual(PLUGIN_ROUTE_REGISTRATIONS);
    for (const route of registered) {
      expect(route.config.path.startsWith(`${API_PREFIX}/`)).toBe(true);
      expect(route.config.access).toBe('internal');
      expect(route.version).toBe('1');
      const definition = pluginRoutes.find(
        (r) => r.path === route.config.path && r.method === route.method,
      )!;
      // Only rule changes need All; reading and triaging alerts come with Read, as in Kibana Security.
      expect(route.config.security).toEqual({
        authz: {
          requiredPrivileges: [
            definition.access === 'write' ? API_PRIVILEGES.write : API_PRIVILEGES.read,
          ],
        },
      });
    }
  });

  it('registers one Kibana feature whose read privilege shows the app and grants only the read routes', async () => {
    const { features } = await setupPlugin();
    expect(features).toEqual([KIBANA_FEATURE]);
    const [feature] = features;
    expect(feature).toMatchObject({ id: PLUGIN_ID, app: [PLUGIN_ID] });
    expect(feature.category.id).toBe('securitySolution');
    expect(feature.privileges?.all).toMatchObject({
      app: [PLUGIN_ID],
      api: [API_PRIVILEGES.read, API_PRIVILEGES.write],
    });
    expect(feature.privileges?.read).toMatchObject({
      app: [PLUGIN_ID],
      api: [API_PRIVILEGES.read],
    });
    // Every write route (deploy, enable, …) is out of `read`'s reach; every route is within `all`'s.
    const writes = pluginRoutes.filter((r) => r.access === 'write').map((r) => r.path);
    expect(writes).toEqual(expect.arrayContaining([ROUTES.deploy, ROUTES.enable]));
  });

  it.each([
    ['none', ROUTES.status, 403],
    ['none', ROUTES.deploy, 403],
    ['read', ROUTES.deploy, 403],
    ['read', ROUTES.enable, 403],
  ] as const)(
    'answers 403 to a role with %s of the feature on %s before any upstream call',
    async (level, path, status) => {
      const { registered } = await setupPlugin({ kibanaUrl: 'http://127.0.0.1:9' }, () =>
        grantsOf(KIBANA_FEATURE, level),
      );
      const route = registered.find((r) => r.config.path === path)!;
      const { context, count } = countingContext();
      const answer = await route.handler(context, requestTo(path, '?x=1'), responseFactory);
      expect(answer.status).toBe(status);
      const required = route.config.security.authz;
      expect(answer.payload).toEqual({
        message: `API [${route.method.toUpperCase()} ${path}?x=1] is unauthorized for user, this action is granted by the Kibana privileges [${'requiredPrivileges' in required ? required.requiredPrivileges.join(',') : ''}]`,
      });
      // Refused before the handler: it never reached for the caller's clients.
      expect(count.core).toBe(0);
    },
  );

  it('lets a role with read of the feature through to the read routes', async () => {
    // Nothing listens on port 9: getting past the privilege check shows as a gateway error, not a 403.
    const { registered } = await setupPlugin({ kibanaUrl: 'http://127.0.0.1:9' }, () =>
      grantsOf(KIBANA_FEATURE, 'read'),
    );
    const status = registered.find((r) => r.config.path === ROUTES.status)!;
    const { context, count } = countingContext();
    const answer = await status.handler(context, requestTo(ROUTES.status), responseFactory);
    expect(answer.status).toBeGreaterThanOrEqual(502);
    expect(count.core).toBe(1);
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
      events: requestEventsDouble().events,
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

  describe('a caller going away', () => {
    afterEach(() => jest.restoreAllMocks());

    /**
     * The backtest service stands in for itself as it behaves on a signal (answers 499 once it is aborted), so
     * the test sees exactly the context the plugin hands over.
     */
    function watchBacktest() {
      const seen: { signal?: AbortSignal }[] = [];
      let entered!: () => void;
      const started = new Promise<void>((resolve) => (entered = resolve));
      jest.spyOn(backtestService, 'runBacktest').mockImplementation(async (ctx) => {
        seen.push({ signal: ctx.signal });
        entered();
        const { signal } = ctx;
        // Without a signal nothing could stop it: answer at once, so the test fails rather than hangs.
        if (!signal) throw new HttpError(500, 'no signal');
        return new Promise<never>((_resolve, reject) => {
          if (signal.aborted) reject(new HttpError(499, 'The backtest was cancelled.'));
          signal.addEventListener('abort', () =>
            reject(new HttpError(499, 'The backtest was cancelled.')),
          );
        });
      });
      return { seen, started };
    }

    function backtestRequest(events: ReturnType<typeof requestEventsDouble>) {
      return {
        ...requestTo(ROUTES.backtest),
        events: events.events,
        body: { days: 1 },
      } as unknown as KibanaRequest & { query: unknown; body: unknown };
    }

    it('aborts the signal the backtest sees when Kibana reports the request aborted', async () => {
      const { seen, started } = watchBacktest();
      const { registered, logs } = await setupPlugin({ kibanaUrl: 'http://127.0.0.1:9' });
      const route = registered.find((r) => r.config.path === ROUTES.backtest)!;
      const events = requestEventsDouble();
      const answer = route.handler(
        countingContext().context,
        backtestRequest(events),
        responseFactory,
      );
      await started;
      expect(seen).toHaveLength(1);
      expect(seen[0].signal?.aborted).toBe(false);
      events.abort();
      expect(seen[0].signal?.aborted).toBe(true);
      expect((await answer).status).toBe(499);
      // A caller who left is no failure of ours.
      expect(logs).toEqual([]);
    });

    it('gives each request its own signal: aborting one leaves the other running', async () => {
      const { seen, started } = watchBacktest();
      const { registered } = await setupPlugin({ kibanaUrl: 'http://127.0.0.1:9' });
      const route = registered.find((r) => r.config.path === ROUTES.backtest)!;
      const first = requestEventsDouble();
      const second = requestEventsDouble();
      const answers = [first, second].map((events) =>
        route.handler(countingContext().context, backtestRequest(events), responseFactory),
      );
      await started;
      while (seen.length < 2) await new Promise((resolve) => setImmediate(resolve));
      second.abort();
      expect(seen.map((s) => s.signal?.aborted)).toEqual([false, true]);
      expect((await answers[1]).status).toBe(499);
      first.abort();
      expect((await answers[0]).status).toBe(499);
    });

    it('never aborts the signal of a request that was answered', async () => {
      const seen: (AbortSignal | undefined)[] = [];
      jest.spyOn(backtestService, 'runBacktest').mockImplementation(async (ctx) => {
        seen.push(ctx.signal);
        return {} as Awaited<ReturnType<typeof backtestService.runBacktest>>;
      });
      const { registered } = await setupPlugin({ kibanaUrl: 'http://127.0.0.1:9' });
      const route = registered.find((r) => r.config.path === ROUTES.backtest)!;
      const events = requestEventsDouble();
      const answer = await route.handler(
        countingContext().context,
        backtestRequest(events),
        responseFactory,
      );
      events.complete();
      expect(answer.status).toBe(200);
      expect(seen).toHaveLength(1);
      expect(seen[0]?.aborted).toBe(false);
    });
  });
});
