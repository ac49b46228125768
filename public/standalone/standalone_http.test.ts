import { createApiClient } from '../services/api_client';
import { DRIFT } from '../../test/support/panel/answers/deploy_responses';
import { healthyStatus } from '../../test/support/panel/answers/status_responses';
import { createStandaloneHttp } from './standalone_http';
import type { FetchFunction } from './standalone_http';

function respond(status: number, body: unknown, statusText = ''): Response {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText,
    text: () => Promise.resolve(text),
  } as Response;
}

describe('createStandaloneHttp', () => {
  it("sends Kibana's headers for versioned internal routes, same-origin credentials, query and JSON body", async () => {
    const fetchFn = jest.fn<ReturnType<FetchFunction>, Parameters<FetchFunction>>(() =>
      Promise.resolve(respond(200, { ok: true })),
    );
    const http = createStandaloneHttp(fetchFn);
    await http.fetch('/internal/ssm_recon_rule/alerts', {
      method: 'GET',
      version: '1',
      query: { range: '30d' },
    });
    await http.fetch('/internal/ssm_recon_rule/enable', {
      method: 'POST',
      version: '1',
      body: '{"enabled":true}',
    });
    expect(fetchFn.mock.calls[0][0]).toBe('/internal/ssm_recon_rule/alerts?range=30d');
    expect(fetchFn.mock.calls[0][1]).toMatchObject({
      method: 'GET',
      credentials: 'same-origin',
      headers: {
        'elastic-api-version': '1',
        'kbn-xsrf': 'true',
        'x-elastic-internal-origin': 'Kibana',
      },
    });
    expect(fetchFn.mock.calls[0][1].headers).not.toHaveProperty('content-type');
    expect(fetchFn.mock.calls[1][1]).toMatchObject({
      method: 'POST',
      body: '{"enabled":true}',
      headers: { 'content-type': 'application/json', 'kbn-xsrf': 'true' },
    });
  });

  it('returns parsed JSON that the API client decodes', async () => {
    const http = createStandaloneHttp(() => Promise.resolve(respond(200, healthyStatus())));
    await expect(createApiClient(http).getStatus()).resolves.toMatchObject({ verdict: 'healthy' });
  });

  it('rejects like Kibana: status and parsed body, so a 409 keeps its drift', async () => {
    const body = {
      statusCode: 409,
      error: 'Conflict',
      message: 'edited in Kibana',
      attributes: { drift: DRIFT },
    };
    const http = createStandaloneHttp(() => Promise.resolve(respond(409, body)));
    await expect(createApiClient(http).deploy({})).rejects.toMatchObject({
      kind: 'conflict',
      statusCode: 409,
      message: 'edited in Kibana',
      drift: DRIFT,
    });
  });

  it('reports a non-JSON error answer by its status line', async () => {
    const http = createStandaloneHttp(() =>
      Promise.resolve(respond(502, '<html>Bad gateway</html>', 'Bad Gateway')),
    );
    await expect(createApiClient(http).getGuide()).rejects.toMatchObject({
      kind: 'http',
      statusCode: 502,
      message: '502 Bad Gateway',
    });
  });
});
