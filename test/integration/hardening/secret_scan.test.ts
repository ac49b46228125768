// A full run of the standalone host and the CLI — every route as each kind of caller (the configured API key,
// a user's basic credentials, another's API key, a wrong password, a missing or wrong access token), every
// cluster command with --verbose — and then every log line, answer body and header, and CLI output is searched
// for the secrets the run used. None may appear.
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../../server/hosts/cli/main';
import { startHost, type RunningHost } from '../../../server/hosts/standalone/start_host';
import type { Logger } from '../../../server/lib/logger';
import { pluginRoutes } from '../../../server/routes';
import { apiKeyAuthorization, basicAuthorization } from '../../stack/kibana';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../../support/integration/emulator_fixture';
import { routeRequest } from '../../support/hardening/route_requests';

const SPACE = 'secrets';
const ACCESS_TOKEN = 'access-token-3c1f9a7e5b2d4068';
const API_KEY = Buffer.from('elastic-key:elastic-secret').toString('base64');
const b64 = (text: string) => Buffer.from(text).toString('base64');

/** Every secret of the run, in each form it could leak in. */
const SECRETS = [
  'changeme',
  'wrong-password',
  'elastic-secret',
  'nologs-secret',
  API_KEY,
  b64('elastic:changeme'),
  b64('analyst:changeme'),
  b64('elastic:wrong-password'),
  b64('nologs-key:nologs-secret'),
  ACCESS_TOKEN,
];

let fixture: EmulatorFixture;
let host: RunningHost;
/** Everything the run printed, logged or answered. */
const seen: string[] = [];
const logger: Logger = {
  debug: (m) => seen.push(m),
  info: (m) => seen.push(m),
  warn: (m) => seen.push(m),
  error: (m) => seen.push(m),
};

beforeAll(async () => {
  fixture = await startEmulatorFixture({ prebuiltPackage: 'empty', enabledDefault: false });
  host = await startHost(
    {
      host: '127.0.0.1',
      port: 0,
      elasticsearchUrl: process.env.ELASTICSEARCH_URL ?? '',
      kibanaUrl: fixture.emulator.url,
      spaceId: SPACE,
      timeoutMs: 10_000,
      uiDir: null,
      rule: fixture.rule,
      credentials: { apiKey: API_KEY },
      accessToken: ACCESS_TOKEN,
    },
    logger,
  );
}, 120_000);

afterAll(async () => {
  await host?.close();
  await fixture?.stop();
});

async function recordFetch(url: string, init: RequestInit): Promise<number> {
  const res = await fetch(url, { ...init, redirect: 'manual' });
  // Headers included: the cookie holds a digest of the token by design, never the token.
  const headers = [...res.headers].map(([name, value]) => `${name}: ${value}`);
  seen.push(...headers, await res.text());
  return res.status;
}

async function cli(args: string[], env: Record<string, string>): Promise<number> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (chunk: Buffer) => seen.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => seen.push(chunk.toString()));
  return main(args, {
    stdout,
    stderr,
    stdin: Readable.from([]),
    env: {
      ELASTICSEARCH_URL: process.env.ELASTICSEARCH_URL ?? '',
      KIBANA_URL: fixture.emulator.url,
      KIBANA_SPACE: SPACE,
      ...env,
    },
    cwd: process.cwd(),
  });
}

describe('no secret in any output of a full run', () => {
  it('the standalone host: every route, each kind of caller', async () => {
    // The page URL with the token sets the cookie.
    const login = await fetch(`${host.url}/?access_token=${ACCESS_TOKEN}`, { redirect: 'manual' });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    seen.push(`set-cookie: ${login.headers.get('set-cookie') ?? ''}`);
    expect(cookie).toMatch(/=/);
    const callers: Array<Record<string, string>> = [
      { 'x-access-token': ACCESS_TOKEN },
      { 'x-access-token': ACCESS_TOKEN, authorization: basicAuthorization('analyst') },
      { cookie, authorization: apiKeyAuthorization('nologs-key', 'nologs-secret') },
      { cookie, authorization: basicAuthorization('elastic', 'wrong-password') },
      { authorization: basicAuthorization('elastic') },
      { 'x-access-token': 'not-the-token', authorization: basicAuthorization('elastic') },
    ];
    const statuses = new Set<number>();
    for (const caller of callers) {
      for (const route of pluginRoutes) {
        const request = routeRequest(route);
        statuses.add(
          await recordFetch(`${host.url}${request.url}`, {
            method: request.method,
            headers: { ...request.headers, ...caller },
            body: request.body,
          }),
        );
      }
    }
    // The run went through successes and refusals alike.
    expect([...statuses]).toEqual(expect.arrayContaining([200, 401, 403]));
  }, 120_000);

  it('the CLI: every cluster command with --verbose, with a password, an API key and a wrong password', async () => {
    const codes: number[] = [];
    const credentials: Array<Record<string, string>> = [
      { ELASTIC_USERNAME: 'elastic', ELASTIC_PASSWORD: 'changeme' },
      { ELASTIC_API_KEY: b64('nologs-key:nologs-secret') },
      { ELASTIC_USERNAME: 'elastic', ELASTIC_PASSWORD: 'wrong-password' },
    ];
    for (const env of credentials) {
      for (const args of [['deploy', '--dry-run'], ['status'], ['readiness'], ['alerts']]) {
        codes.push(await cli([...args, '--verbose'], env));
        codes.push(await cli([...args, '--json'], env));
      }
    }
    expect(codes).toContain(0);
    expect(codes).toContain(2);
  }, 120_000);

  it('found none of the secrets anywhere', () => {
    const text = seen.join('\n');
    expect(text.length).toBeGreaterThan(10_000);
    expect(SECRETS.filter((secret) => text.includes(secret))).toEqual([]);
  });
});
