import { healthyStatus } from '../../test/support/panel/answers/status_responses';
import { activeAlerts } from '../../test/support/panel/answers/alerts_responses';
import { DRIFT, upgradedCustom } from '../../test/support/panel/answers/deploy_responses';
import { createFakeHttp, failure, ok } from '../../test/support/panel/fake_http';
import { ApiError, createApiClient } from './api_client';
import type { HttpLike } from './api_client';

describe('createApiClient', () => {
  it('calls our versioned routes and returns decoded answers', async () => {
    const http = createFakeHttp({ status: ok(healthyStatus()), alerts: ok(activeAlerts('30d')) });
    const api = createApiClient(http);
    await expect(api.getStatus()).resolves.toMatchObject({ verdict: 'healthy' });
    await expect(api.getAlerts('30d')).resolves.toMatchObject({ range: '30d' });
    expect(http.calls).toEqual([
      {
        path: '/internal/ssm_recon_rule/status',
        options: { method: 'GET', version: '1', signal: undefined },
      },
      {
        path: '/internal/ssm_recon_rule/alerts',
        options: { method: 'GET', version: '1', query: { range: '30d' }, signal: undefined },
      },
    ]);
  });

  it('sends POST bodies as JSON text', async () => {
    const http = createFakeHttp({ deploy: ok(upgradedCustom({ dryRun: true })) });
    await createApiClient(http).deploy({ dryRun: true, overwrite: false });
    expect(http.calls[0].options).toMatchObject({
      method: 'POST',
      version: '1',
      body: '{"dryRun":true,"overwrite":false}',
    });
  });

  it('turns 403 into a forbidden error and 409 into a conflict carrying the drift', async () => {
    const http = createFakeHttp({
      status: failure(403, 'Unauthorized'),
      deploy: failure(409, 'edited in Kibana', { drift: DRIFT }),
    });
    const api = createApiClient(http);
    await expect(api.getStatus()).rejects.toMatchObject({
      kind: 'forbidden',
      statusCode: 403,
      message: 'Unauthorized',
    });
    const conflict = await api.deploy({}).catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(ApiError);
    expect((conflict as ApiError).kind).toBe('conflict');
    expect((conflict as ApiError).drift).toEqual(DRIFT);
  });

  it("accepts the Detection Engine's error shape with a list of messages", async () => {
    const http: HttpLike = {
      fetch: () =>
        Promise.reject(
          Object.assign(new Error('Bad Request'), {
            response: { status: 400 },
            body: { status_code: 400, message: ['first problem', 'second problem'] },
          }),
        ),
    };
    await expect(createApiClient(http).getGuide()).rejects.toMatchObject({
      kind: 'http',
      statusCode: 400,
      message: 'first problem second problem',
    });
  });

  it('reports a network failure without a status', async () => {
    const http: HttpLike = { fetch: () => Promise.reject(new TypeError('Failed to fetch')) };
    await expect(createApiClient(http).getReadiness()).rejects.toMatchObject({
      kind: 'network',
      statusCode: 0,
      message: 'Failed to fetch',
    });
  });

  it('rejects an answer that breaks the contract, naming where', async () => {
    const broken = {
      ...healthyStatus(),
      capabilities: { canWrite: 'yes', reason: null },
      stale: undefined,
    };
    const api = createApiClient(createFakeHttp({ status: ok(broken) }));
    await expect(api.getStatus()).rejects.toMatchObject({
      kind: 'invalid_response',
      message: expect.stringMatching(
        /status: check .*stale.*capabilities\.canWrite|capabilities\.canWrite.*stale/,
      ),
    });
  });

  it('lets an abort through untouched', async () => {
    const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
    const http: HttpLike = { fetch: () => Promise.reject(abort) };
    await expect(createApiClient(http).getStatus()).rejects.toBe(abort);
  });
});
