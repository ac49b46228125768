import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EnableRequest } from '../../../common/api';
import { API_PREFIX } from '../../../common/constants';
import { HttpError } from '../../lib/errors';
import { silentLogger } from '../../lib/logger';
import type { AnyRouteDefinition } from '../../routes';
import { allowedHostnames, hostAllowed } from './access_token';
import { assertSafeBinding, startStandaloneServer, type StandaloneServer } from './server';

interface FakeCtx {
  authorization: string;
}

const seen: string[] = [];
const routes: AnyRouteDefinition<FakeCtx>[] = [
  {
    method: 'get',
    path: `${API_PREFIX}/whoami`,
    access: 'read',
    description: 'echo',
    handle: async (ctx) => ({ authorization: ctx.authorization }),
  },
  {
    method: 'post',
    path: `${API_PREFIX}/enable`,
    access: 'write',
    description: 'enable',
    body: EnableRequest,
    handle: async (_ctx, { body }) => {
      if ((body as { enabled: boolean }).enabled === false)
        throw new HttpError(403, 'Not allowed.');
      return { ok: true };
    },
  },
  {
    method: 'get',
    path: `${API_PREFIX}/boom`,
    access: 'read',
    description: 'fails unexpectedly',
    handle: async () => {
      throw new Error('secret-token-123 leaked in a stack');
    },
  },
];

const api = {
  'elastic-api-version': '1',
  'x-elastic-internal-origin': 'Kibana',
  'kbn-xsrf': 'true',
};

describe('standalone server', () => {
  let server: StandaloneServer;
  let uiDir: string;

  beforeAll(async () => {
    uiDir = await mkdtemp(path.join(tmpdir(), 'ui-'));
    await writeFile(path.join(uiDir, 'index.html'), '<html>app</html>');
    await writeFile(path.join(uiDir, 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
    server = await startStandaloneServer<FakeCtx>({
      host: '127.0.0.1',
      port: 0,
      routes,
      createContext: async (authorization) => {
        seen.push(authorization);
        return { authorization };
      },
      uiDir,
      uiConfig: { kibanaUrl: 'http://kibana.example' },
      logger: silentLogger,
    });
  });

  afterAll(async () => {
    await server.close();
    await rm(uiDir, { recursive: true, force: true });
  });

  it('forwards the caller’s own Authorization to the services', async () => {
    const res = await fetch(`${server.url}${API_PREFIX}/whoami`, {
      headers: { ...api, authorization: 'Basic YW5hbHlzdDpjaGFuZ2VtZQ==' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ authorization: 'Basic YW5hbHlzdDpjaGFuZ2VtZQ==' });
  });

  it('asks for credentials when neither the request nor the host has any', async () => {
    const res = await fetch(`${server.url}${API_PREFIX}/whoami`, { headers: api });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic /);
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(401);
  });

  it('applies Kibana’s version, origin and xsrf rules', async () => {
    const auth = { authorization: 'Basic eDp5' };
    const noVersion = await fetch(`${server.url}${API_PREFIX}/whoami`, {
      headers: { ...auth, 'x-elastic-internal-origin': 'Kibana' },
    });
    expect(noVersion.status).toBe(400);
    expect((await noVersion.json()).message).toMatch(/elastic-api-version/);
    const wrongVersion = await fetch(`${server.url}${API_PREFIX}/whoami`, {
      headers: { ...auth, ...api, 'elastic-api-version': '2023-10-31' },
    });
    expect(wrongVersion.status).toBe(400);
    const noXsrf = await fetch(`${server.url}${API_PREFIX}/enable`, {
      method: 'POST',
      headers: { ...auth, 'elastic-api-version': '1', 'x-elastic-internal-origin': 'Kibana' },
      body: JSON.stringify({ enabled: true }),
    });
    expect(noXsrf.status).toBe(400);
    expect((await noXsrf.json()).message).toBe('Request must contain a kbn-xsrf header.');
  });

  it('answers bad input with a precise 400 and never calls the service', async () => {
    const before = seen.length;
    const res = await fetch(`${server.url}${API_PREFIX}/enable`, {
      method: 'POST',
      headers: { ...api, authorization: 'Basic eDp5', 'content-type': 'application/json' },
      body: JSON.stringify({ enabled: 'yes' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid body: body.enabled: expected boolean, got "yes"',
      attributes: { path: 'body.enabled' },
    });
    const broken = await fetch(`${server.url}${API_PREFIX}/enable`, {
      method: 'POST',
      headers: { ...api, authorization: 'Basic eDp5' },
      body: '{"enabled": tru',
    });
    expect(broken.status).toBe(400);
    expect((await broken.json()).message).toMatch(/^Invalid JSON body/);
    expect(seen.length).toBe(before);
  });

  it('passes a service’s status through and hides unexpected errors', async () => {
    const denied = await fetch(`${server.url}${API_PREFIX}/enable`, {
      method: 'POST',
      headers: { ...api, authorization: 'Basic eDp5' },
      body: JSON.stringify({ enabled: false }),
    });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: 'Not allowed.',
    });
    const boom = await fetch(`${server.url}${API_PREFIX}/boom`, {
      headers: { ...api, authorization: 'Basic eDp5' },
    });
    expect(boom.status).toBe(500);
    const text = await boom.text();
    expect(text).not.toMatch(/secret-token|stack|at /);
  });

  it('serves the app and its configuration, and nothing outside its folder', async () => {
    const auth = { authorization: 'Basic eDp5' };
    const page = await fetch(`${server.url}/`, { headers: auth });
    expect(await page.text()).toBe('<html>app</html>');
    const config = await fetch(`${server.url}/ui-config.json`, { headers: auth });
    expect(await config.json()).toEqual({ kibanaUrl: 'http://kibana.example' });
    const icon = await fetch(`${server.url}/favicon.ico`, { headers: auth });
    expect([icon.status, icon.headers.get('content-type')]).toEqual([200, 'image/x-icon']);
    const escape = await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`, { headers: auth });
    expect(escape.status).toBe(404);
    const unknownApi = await fetch(`${server.url}${API_PREFIX}/nope`, {
      headers: { ...api, ...auth },
    });
    expect(unknownApi.status).toBe(404);
  });
});

/** node's fetch will not send a forged Host; a raw request does, as a rebound browser would. */
function rawRequest(
  serverUrl: string,
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  const { port } = new URL(serverUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path: pathname, headers, setHost: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('host names and origins (DNS rebinding)', () => {
  let server: StandaloneServer;

  beforeAll(async () => {
    server = await startStandaloneServer<FakeCtx>({
      host: '127.0.0.1',
      port: 0,
      routes,
      createContext: async (authorization) => ({ authorization }),
      defaultAuthorization: 'ApiKey configured',
      uiDir: null,
      uiConfig: {},
      logger: silentLogger,
    });
  });

  afterAll(() => server.close());

  const raw = (method: string, pathname: string, headers: Record<string, string>, body?: string) =>
    rawRequest(server.url, method, pathname, headers, body);

  it('answers loopback names and the bound address', async () => {
    const { port } = new URL(server.url);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      expect((await raw('GET', `${API_PREFIX}/whoami`, { ...api, host })).status).toBe(200);
    }
  });

  it('answers the page without a built panel with a page saying how to build it, not a JSON 404', async () => {
    const { port } = new URL(server.url);
    for (const pathname of ['/', '/rules/health']) {
      const page = await raw('GET', pathname, { host: `127.0.0.1:${port}` });
      expect(page.status).toBe(503);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body).toContain('<code>npm run build:ui</code>');
    }
    expect((await raw('GET', '/index.js', { host: `127.0.0.1:${port}` })).status).toBe(404);
  });

  it('refuses a request that names another host, before acting with the configured credentials', async () => {
    const { port } = new URL(server.url);
    const host = `rebind.attacker.example:${port}`;
    const write = await raw(
      'POST',
      `${API_PREFIX}/enable`,
      { ...api, host, origin: `http://${host}`, 'content-type': 'application/json' },
      JSON.stringify({ enabled: true }),
    );
    expect(write.status).toBe(403);
    expect(JSON.parse(write.body).message).toMatch(/does not answer to that name/);
    expect((await raw('GET', '/', { host })).status).toBe(403);
    // No Host at all: HTTP/1.1 demands one, and Node's parser answers 400 before the host sees it.
    expect((await raw('GET', `${API_PREFIX}/whoami`, { ...api })).status).toBe(400);
  });

  it('refuses cross-origin writes but not reads or clients that send no origin', async () => {
    const { port } = new URL(server.url);
    const host = `127.0.0.1:${port}`;
    const enable = (headers: Record<string, string>) =>
      raw(
        'POST',
        `${API_PREFIX}/enable`,
        { ...api, host, 'content-type': 'application/json', ...headers },
        JSON.stringify({ enabled: true }),
      );
    expect((await enable({ origin: 'http://evil.example' })).status).toBe(403);
    expect((await enable({ origin: 'null' })).status).toBe(403);
    expect((await enable({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await enable({ origin: `http://${host}` })).status).toBe(200);
    expect((await enable({})).status).toBe(200);
    const read = await raw('GET', `${API_PREFIX}/whoami`, {
      ...api,
      host,
      origin: 'http://evil.example',
    });
    expect(read.status).toBe(200);
  });
});

describe('hostile and careless requests', () => {
  let server: StandaloneServer;

  beforeAll(async () => {
    server = await startStandaloneServer<FakeCtx>({
      host: '127.0.0.1',
      port: 0,
      routes,
      createContext: async (authorization) => ({ authorization }),
      defaultAuthorization: 'ApiKey configured',
      accessToken: 's3cret',
      uiDir: null,
      uiConfig: {},
      requestTimeoutMs: 500,
      logger: silentLogger,
    });
  });

  afterAll(() => server.close());

  const token = { 'x-access-token': 's3cret' };

  it('answers a deeply nested body with 400, not a stack overflow', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const res = await fetch(`${server.url}${API_PREFIX}/enable`, {
      method: 'POST',
      headers: { ...api, ...token, 'content-type': 'application/json' },
      body: deep,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).message).toMatch(/nested more than 32 levels/);
    // Brackets inside strings are text, not nesting.
    const quoted = await fetch(`${server.url}${API_PREFIX}/enable`, {
      method: 'POST',
      headers: { ...api, ...token, 'content-type': 'application/json' },
      body: JSON.stringify({ enabled: true, note: '['.repeat(100) }),
    });
    expect((await quoted.json()).message).toMatch(/unknown key note/);
  });

  it('treats a malformed cookie as no token (401), not as a server error', async () => {
    const res = await fetch(`${server.url}${API_PREFIX}/whoami`, {
      headers: { ...api, cookie: 'ssm_recon_access_token=%E0%A4%A' },
    });
    expect(res.status).toBe(401);
  });

  it('keeps the login redirect on this host and the token out of the cookie', async () => {
    // Sent as is (fetch would normalise the path): a path that URL parsing turns into `//evil.example/x`.
    const { host } = new URL(server.url);
    const res = await rawRequest(server.url, 'GET', '/%2e//evil.example/x?access_token=s3cret', {
      host,
    });
    expect(res.status).toBe(303);
    expect(String(res.headers.location)).toMatch(/^\/[^/\\]/);
    const cookie = String(res.headers['set-cookie'] ?? '');
    expect(cookie).not.toContain('s3cret');
    expect(cookie).not.toMatch(/Secure/);
    const value = /ssm_recon_access_token=([^;]+)/.exec(cookie)?.[1] ?? '';
    const withCookie = await fetch(`${server.url}${API_PREFIX}/whoami`, {
      headers: { ...api, cookie: `ssm_recon_access_token=${value}` },
    });
    expect(withCookie.status).toBe(200);
    const behindTls = await fetch(`${server.url}/?access_token=s3cret`, {
      redirect: 'manual',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(behindTls.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  it('names the status of a too large body and sends the security headers on every answer', async () => {
    const res = await fetch(`${server.url}${API_PREFIX}/enable`, {
      method: 'POST',
      headers: { ...api, ...token, 'content-type': 'application/json' },
      body: JSON.stringify({ enabled: true, pad: 'x'.repeat(1_100_000) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    for (const answer of [res, await fetch(`${server.url}/`, { headers: token })]) {
      expect(answer.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
      expect(answer.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('does not wait forever for a body that never comes', async () => {
    const { port } = new URL(server.url);
    const started = Date.now();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `${API_PREFIX}/enable`,
          headers: { ...api, ...token, 'content-type': 'application/json', 'content-length': 100 },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', () => resolve(0)); // a closed connection is an answer too
      req.write('{"enabled"');
      setTimeout(() => reject(new Error('still waiting after 10 s')), 10_000);
    });
    expect([0, 408]).toContain(status);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('binding and access token', () => {
  it('answers to loopback, the bound address and the configured names; any name behind a token on all interfaces', () => {
    const local = allowedHostnames('127.0.0.1', [], undefined);
    expect(hostAllowed('localhost:5602', local)).toBe(true);
    expect(hostAllowed('[::1]:5602', local)).toBe(true);
    expect(hostAllowed('127.0.0.2:5602', local)).toBe(true);
    expect(hostAllowed('kibana-tools.example:5602', local)).toBe(false);
    expect(hostAllowed(undefined, local)).toBe(false);
    expect(hostAllowed('bad host', local)).toBe(false);
    const named = allowedHostnames('10.0.0.5', ['recon.internal'], 's3cret');
    expect(hostAllowed('10.0.0.5:5602', named)).toBe(true);
    expect(hostAllowed('RECON.internal', named)).toBe(true);
    expect(hostAllowed('other.internal', named)).toBe(false);
    expect(allowedHostnames('0.0.0.0', [], 's3cret')).toBeNull();
  });

  it('refuses to listen beyond loopback without an access token', () => {
    expect(() => assertSafeBinding('0.0.0.0', undefined)).toThrow(/Refusing to listen on 0.0.0.0/);
    expect(() => assertSafeBinding('0.0.0.0', 's3cret')).not.toThrow();
    expect(() => assertSafeBinding('127.0.0.1', undefined)).not.toThrow();
  });

  it('requires the token on every request once set, and takes it once from the page URL', async () => {
    const server = await startStandaloneServer<FakeCtx>({
      host: '127.0.0.1',
      port: 0,
      routes,
      createContext: async (authorization) => ({ authorization }),
      defaultAuthorization: 'ApiKey configured',
      accessToken: 's3cret',
      uiDir: null,
      uiConfig: {},
      logger: silentLogger,
    });
    try {
      const without = await fetch(`${server.url}${API_PREFIX}/whoami`, { headers: api });
      expect(without.status).toBe(401);
      const withHeader = await fetch(`${server.url}${API_PREFIX}/whoami`, {
        headers: { ...api, 'x-access-token': 's3cret' },
      });
      expect(await withHeader.json()).toEqual({ authorization: 'ApiKey configured' });
      const login = await fetch(`${server.url}/?access_token=s3cret`, { redirect: 'manual' });
      expect(login.status).toBe(303);
      expect(login.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
      const wrong = await fetch(`${server.url}/?access_token=nope`, { redirect: 'manual' });
      expect(wrong.status).toBe(401);
    } finally {
      await server.close();
    }
  });
});

describe('a caller going away', () => {
  it('aborts the signal of its request’s context, and only that one', async () => {
    const signals: AbortSignal[] = [];
    let entered!: () => void;
    const started = new Promise<void>((resolve) => (entered = resolve));
    const waits: AnyRouteDefinition<FakeCtx & { signal: AbortSignal }> = {
      method: 'get',
      path: `${API_PREFIX}/waits`,
      access: 'read',
      description: 'answers once its caller leaves',
      handle: (ctx) => {
        entered();
        return new Promise((_resolve, reject) =>
          ctx.signal.addEventListener('abort', () => reject(new HttpError(499, 'cancelled'))),
        );
      },
    };
    const server = await startStandaloneServer<FakeCtx & { signal: AbortSignal }>({
      host: '127.0.0.1',
      port: 0,
      routes: [...routes, waits],
      createContext: async (authorization, signal) => {
        signals.push(signal);
        return { authorization, signal };
      },
      defaultAuthorization: 'ApiKey configured',
      uiDir: null,
      uiConfig: {},
      logger: silentLogger,
    });
    try {
      const answered = await fetch(`${server.url}${API_PREFIX}/whoami`, { headers: api });
      expect(answered.status).toBe(200);
      const caller = new AbortController();
      const left = fetch(`${server.url}${API_PREFIX}/waits`, {
        headers: api,
        signal: caller.signal,
      });
      await started;
      expect(signals.map((s) => s.aborted)).toEqual([false, false]);
      caller.abort();
      await expect(left).rejects.toThrow(/abort/i);
      for (let i = 0; i < 100 && !signals[1].aborted; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      // The answered request's signal stays as it was: an answer is no departure.
      expect(signals.map((s) => s.aborted)).toEqual([false, true]);
    } finally {
      await server.close();
    }
  });
});
