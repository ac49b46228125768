import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EnableRequest } from '../../../common/api';
import { API_PREFIX } from '../../../common/constants';
import { HttpError } from '../../lib/errors';
import { silentLogger } from '../../lib/logger';
import type { AnyRouteDefinition } from '../../routes';
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
    const escape = await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`, { headers: auth });
    expect(escape.status).toBe(404);
    const unknownApi = await fetch(`${server.url}${API_PREFIX}/nope`, {
      headers: { ...api, ...auth },
    });
    expect(unknownApi.status).toBe(404);
  });
});

describe('binding and access token', () => {
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
