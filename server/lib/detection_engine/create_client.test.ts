// Building the Detection Engine client for each host: a ready Authorization value or credentials, a TLS trust or
// a shared sender, the request's own headers and base path inside Kibana, and the space prefix on every path.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createDetectionEngineClient,
  createDetectionEngineClientForRequest,
  forwardedAuthHeaders,
  kibanaUrlForRequest,
  spaceBaseUrl,
  spacePathPrefix,
  type CredentialsClientOptions,
  type KibanaHttpInfo,
} from './create_client';
import type { HttpSender, SendRequest } from './http_sender';
import { ExecutionApiCache } from './http_detection_engine_client';

const RULE = { id: 'so-1', rule_id: 'r-1', name: 'Rule', version: 1, enabled: false };

/** A sender that answers every request with the rule and keeps what it was asked. */
function recordingSender(): { sender: HttpSender; sent: SendRequest[] } {
  const sent: SendRequest[] = [];
  const sender: HttpSender = async (request) => {
    sent.push(request);
    return { status: 200, contentType: 'application/json', text: JSON.stringify(RULE) };
  };
  return { sender, sent };
}

describe('createDetectionEngineClient', () => {
  const common = {
    kibanaUrl: 'http://kibana.test/base/',
    executionApiCache: new ExecutionApiCache(),
  };

  it('sends a ready Authorization value exactly as given, through the given sender', async () => {
    const { sender, sent } = recordingSender();
    const client = createDetectionEngineClient({
      ...common,
      authorization: 'Bearer caller-token',
      spaceId: 'team-a',
      sender,
    });
    expect(await client.readRule({ id: 'so-1' })).toMatchObject({ rule_id: 'r-1' });
    expect(sent).toHaveLength(1);
    expect(sent[0].headers.authorization).toBe('Bearer caller-token');
    expect(sent[0].url.pathname).toBe('/base/s/team-a/api/detection_engine/rules');
  });

  it('turns credentials into their Authorization value, in the default space', async () => {
    const { sender, sent } = recordingSender();
    const apiKey = createDetectionEngineClient({
      ...common,
      credentials: { apiKey: 'k1' },
      sender,
    });
    const basic = createDetectionEngineClient({
      ...common,
      credentials: { username: 'elastic', password: 'pw' },
      sender,
    });
    await apiKey.readRule({ id: 'so-1' });
    await basic.readRule({ id: 'so-1' });
    expect(sent.map((request) => request.headers.authorization)).toEqual([
      'ApiKey k1',
      `Basic ${Buffer.from('elastic:pw').toString('base64')}`,
    ]);
    expect(sent[0].url.pathname).toBe('/base/api/detection_engine/rules');
  });

  it('takes exactly one identity and at most one way of sending (checked by the compiler)', () => {
    const { sender } = recordingSender();
    const options = (value: CredentialsClientOptions) => value;
    // @ts-expect-error credentials and a ready Authorization value exclude each other
    options({ ...common, credentials: { apiKey: 'k' }, authorization: 'ApiKey k', sender });
    // @ts-expect-error a ready sender already holds its TLS trust
    options({ ...common, authorization: 'ApiKey k', sender, tls: { verify: false } });
    // @ts-expect-error who the client acts as is required
    options({ ...common, sender });
    expect(options({ ...common, authorization: 'ApiKey k', sender }).authorization).toBe(
      'ApiKey k',
    );
  });
});

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
        executionApiCache: new ExecutionApiCache(),
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

describe('space path', () => {
  it('adds no prefix for the default space and /s/<id> for others', () => {
    expect(spacePathPrefix('default')).toBe('');
    expect(spaceBaseUrl('http://kb:5601/', 'team-a')).toBe('http://kb:5601/s/team-a');
  });

  it('refuses ids that could change the path', () => {
    expect(() => spacePathPrefix('../api')).toThrow('Not a Kibana space id');
  });
});
