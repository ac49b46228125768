import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createDetectionEngineClientForRequest,
  forwardedAuthHeaders,
  kibanaUrlForRequest,
  type KibanaHttpInfo,
} from './client_from_request';
import { ExecutionApiMemory } from './execution_api_memory';

function httpInfo(
  basePath: string,
  server = '',
  port = 5601,
  hostname = '0.0.0.0',
): KibanaHttpInfo {
  return {
    basePath: { get: () => basePath, serverBasePath: server },
    getServerInfo: () => ({ protocol: 'http', hostname, port }),
  };
}

describe('client from a Kibana request', () => {
  it('forwards only the caller authorization and cookie', () => {
    expect(
      forwardedAuthHeaders({
        headers: {
          authorization: 'Bearer abc',
          cookie: ['sid=1', 'x=2'],
          'x-forwarded-for': '10.0.0.1',
          'kbn-xsrf': 'true',
        },
      }),
    ).toEqual({ authorization: 'Bearer abc', cookie: 'sid=1; x=2' });
    expect(forwardedAuthHeaders({ headers: {} })).toEqual({});
  });

  it("addresses Kibana itself at the request's base path (space kept), a wildcard bind becoming loopback", () => {
    expect(kibanaUrlForRequest({ headers: {} }, httpInfo('/kbn/s/team', '/kbn'))).toBe(
      'http://127.0.0.1:5601/kbn/s/team',
    );
    expect(kibanaUrlForRequest({ headers: {} }, httpInfo('', '', 5601, 'kibana.local'))).toBe(
      'http://kibana.local:5601',
    );
  });

  it('uses the configured URL and appends only the space part of the base path', () => {
    expect(
      kibanaUrlForRequest(
        { headers: {} },
        httpInfo('/kbn/s/team', '/kbn'),
        'https://kb.example:5601/kbn/',
      ),
    ).toBe('https://kb.example:5601/kbn/s/team');
  });

  it('calls Kibana as the caller', async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const urls: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headers);
      urls.push(req.url ?? '');
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status_code: 404, message: 'not found' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const client = createDetectionEngineClientForRequest({
        request: { headers: { cookie: 'sid=abc', host: 'example' } },
        http: httpInfo('/s/ops', '', port, '127.0.0.1'),
        spaceId: 'ops',
        executionApiMemory: new ExecutionApiMemory(),
      });
      expect(client.spaceId).toBe('ops');
      expect(await client.readRule({ ruleId: 'r' })).toBeNull();
      expect(urls).toEqual(['/s/ops/api/detection_engine/rules?rule_id=r']);
      expect(seen[0].cookie).toBe('sid=abc');
      expect(seen[0].authorization).toBeUndefined();
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
