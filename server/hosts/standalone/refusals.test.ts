// A caller without credentials, or without the host's access token, learns nothing about what exists here: every
// path — a route, an unknown API path, a write, a file, the page — gets the same 401.
import { API_PREFIX } from '../../../common/constants';
import { silentLogger } from '../../lib/logger';
import { pluginRoutes } from '../../routes';
import { startStandaloneServer, type StandaloneServer } from './server';

const PATHS: Array<[string, string]> = [
  ...pluginRoutes.map((route): [string, string] => [route.method.toUpperCase(), route.path]),
  ['GET', `${API_PREFIX}/no_such_route`],
  ['POST', `${API_PREFIX}/no_such_route`],
  ['GET', '/'],
  ['GET', '/no-such-file.js'],
  ['GET', '/ui-config.json'],
];

const HEADERS = {
  'elastic-api-version': '1',
  'x-elastic-internal-origin': 'Kibana',
  'kbn-xsrf': 'true',
};

async function answers(server: StandaloneServer, headers: Record<string, string>) {
  return Promise.all(
    PATHS.map(async ([method, path]) => {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: { ...HEADERS, ...headers },
      });
      return { status: res.status, body: await res.text() };
    }),
  );
}

const start = (accessToken?: string) =>
  startStandaloneServer<unknown>({
    host: '127.0.0.1',
    port: 0,
    routes: pluginRoutes,
    createContext: () => Promise.reject(new Error('no caller may get this far')),
    ...(accessToken ? { accessToken, defaultAuthorization: 'Basic ZWxhc3RpYzpjaGFuZ2VtZQ==' } : {}),
    uiDir: null,
    uiConfig: {},
    logger: silentLogger,
  });

describe('refusals that do not tell what exists', () => {
  it('without credentials: one and the same 401 for every path', async () => {
    const server = await start();
    try {
      const all = await answers(server, {});
      expect(new Set(all.map((a) => a.status))).toEqual(new Set([401]));
      // The page's 401 and the API's differ only in wording for a browser; no path names itself.
      for (const answer of all)
        expect(answer.body).not.toMatch(/no_such_route|no-such-file|Not Found/);
    } finally {
      await server.close();
    }
  });

  it('without the access token: one and the same 401 for every path, the configured identity unused', async () => {
    const server = await start('a-long-access-token-0123456789');
    try {
      const callers: Array<Record<string, string>> = [
        {},
        { 'x-access-token': 'wrong' },
        { cookie: 'ssm_recon_token=%E0%A4%A' },
      ];
      for (const headers of callers) {
        const all = await answers(server, headers);
        expect(new Set(all.map((a) => a.status))).toEqual(new Set([401]));
        expect(new Set(all.map((a) => a.body)).size).toBe(1);
      }
    } finally {
      await server.close();
    }
  });
});
