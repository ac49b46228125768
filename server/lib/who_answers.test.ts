// Who answers at a URL, judged from one real HTTP answer each: Elasticsearch by its product header (also when a
// proxy adds it in front of another engine), Kibana by its API's answers and error shapes, and the wrong party
// named — OpenSearch, Kibana, a web page — with credentials trouble kept apart from "not Elasticsearch".
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchSender } from './detection_engine/http_sender';
import type { Logger } from './logger';
import { whoAnswers, type Product, type WhoAnswers } from './who_answers';

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

let reply: Reply = { status: 200 };
const seen: Array<{ url: string; authorization?: string; version?: string }> = [];
const server = http.createServer((req, res) => {
  seen.push({
    url: req.url ?? '',
    authorization: req.headers.authorization,
    version: req.headers['elastic-api-version'] as string | undefined,
  });
  req.resume();
  const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
  res.writeHead(reply.status, {
    'content-type':
      typeof reply.body === 'string' ? 'text/html; charset=utf-8' : 'application/json',
    ...reply.headers,
  });
  res.end(text);
});
let base: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen.length = 0;
});

const logged: string[] = [];
const logger: Logger = {
  debug: (message) => logged.push(message),
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

function ask(product: Product, answer: Reply, options: { path?: string; auth?: boolean } = {}) {
  reply = answer;
  return whoAnswers({
    product,
    url: base + (options.path ?? ''),
    spaceId: 'secops',
    authorization: options.auth === false ? undefined : 'Basic ZWxhc3RpYzpzZWNyZXQ=',
    sender: fetchSender,
    timeoutMs: 2000,
    logger,
  });
}

const ELASTIC = { 'x-elastic-product': 'Elasticsearch' };
const ES_ROOT = {
  name: 'node-1',
  version: { number: '8.19.0', build_flavor: 'default' },
  tagline: 'You Know, for Search',
};
const OPENSEARCH_ROOT = {
  name: 'node-1',
  version: { distribution: 'opensearch', number: '2.19.0' },
  tagline: 'The OpenSearch Project: https://opensearch.org/',
};
const ES_401 = {
  error: { root_cause: [], type: 'security_exception', reason: 'unable to authenticate user' },
  status: 401,
};
const KIBANA_404 = { statusCode: 404, error: 'Not Found', message: 'Not Found' };
const FOUND = { page: 1, perPage: 1, total: 0, data: [] };

function failure(result: WhoAnswers) {
  return result.ok ? { ok: true } : { problem: result.problem, message: result.message };
}

describe('whoAnswers for the Elasticsearch URL', () => {
  it('asks GET / once with the caller’s credentials and accepts the product header', async () => {
    logged.length = 0;
    expect(await ask('elasticsearch', { status: 200, headers: ELASTIC, body: ES_ROOT })).toEqual({
      product: 'elasticsearch',
      url: base,
      ok: true,
    });
    expect(seen).toEqual([{ url: '/', authorization: 'Basic ZWxhc3RpYzpzZWNyZXQ=' }]);
    expect(logged).toEqual([expect.stringMatching(/^Elasticsearch GET \/ → 200 \(\d+ ms\)$/)]);
    expect(logged.join()).not.toContain('ZWxh');
  });

  it('goes by the header first: a proxy that adds it in front of OpenSearch answers as Elasticsearch', async () => {
    const result = await ask('elasticsearch', {
      status: 200,
      headers: ELASTIC,
      body: OPENSEARCH_ROOT,
    });
    expect(result.ok).toBe(true);
  });

  it('accepts a user without the monitor privilege (403 on GET /)', async () => {
    const forbidden = { ...ES_401, status: 403 };
    expect(
      (await ask('elasticsearch', { status: 403, headers: ELASTIC, body: forbidden })).ok,
    ).toBe(true);
  });

  it('calls a 401 a credentials problem, with or without the header, never "not Elasticsearch"', async () => {
    for (const headers of [ELASTIC, {}]) {
      expect(failure(await ask('elasticsearch', { status: 401, headers, body: ES_401 }))).toEqual({
        problem: 'credentials',
        message: 'Elasticsearch did not accept the credentials (401 Unauthorized)',
      });
    }
    // Without credentials (serve lets each caller bring theirs) a 401 is expected.
    expect((await ask('elasticsearch', { status: 401, body: ES_401 }, { auth: false })).ok).toBe(
      true,
    );
  });

  it.each([
    [{ status: 200, body: OPENSEARCH_ROOT }, 'answered as OpenSearch, not Elasticsearch'],
    [{ status: 404, body: KIBANA_404 }, 'answered as Kibana, not Elasticsearch'],
    [
      { status: 302, headers: { location: '/spaces/enter' } },
      'answered as Kibana, not Elasticsearch',
    ],
    [
      { status: 200, headers: { 'kbn-name': 'kibana' }, body: {} },
      'answered as Kibana, not Elasticsearch',
    ],
    [
      { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'x' } },
      'answered as Kibana, not Elasticsearch',
    ],
    [
      { status: 200, body: '<html></html>' },
      'answered with a web page (HTTP 200), not as Elasticsearch',
    ],
  ])('names who answered instead: %j', async (answer, message) => {
    expect(failure(await ask('elasticsearch', answer))).toEqual({
      problem: 'wrong_product',
      message,
    });
  });
});

describe('whoAnswers for the Kibana URL', () => {
  it('asks the Detection Engine once, in the space, with the API version header', async () => {
    expect((await ask('kibana', { status: 200, body: FOUND })).ok).toBe(true);
    expect(seen).toEqual([
      {
        url: '/s/secops/api/detection_engine/rules/_find?per_page=1',
        authorization: 'Basic ZWxhc3RpYzpzZWNyZXQ=',
        version: '2023-10-31',
      },
    ]);
  });

  it('leaves Kibana’s own refusals (403) to the command', async () => {
    const forbidden = { statusCode: 403, error: 'Forbidden', message: 'unauthorized' };
    expect((await ask('kibana', { status: 403, body: forbidden })).ok).toBe(true);
  });

  it('calls a 401 a credentials problem', async () => {
    const unauthorized = { statusCode: 401, error: 'Unauthorized', message: 'nope' };
    expect(failure(await ask('kibana', { status: 401, body: unauthorized }))).toEqual({
      problem: 'credentials',
      message: 'Kibana did not accept the credentials (401 Unauthorized)',
    });
  });

  it('names Elasticsearch answering at the Kibana URL', async () => {
    const noHandler = { error: 'no handler found for uri [/x] and method [GET]' };
    expect(
      failure(await ask('kibana', { status: 400, headers: ELASTIC, body: noHandler })),
    ).toEqual({ problem: 'wrong_product', message: 'answered as Elasticsearch, not Kibana' });
    expect(failure(await ask('kibana', { status: 401, body: ES_401 }))).toEqual({
      problem: 'wrong_product',
      message: 'answered as Elasticsearch, not Kibana',
    });
  });

  it('says to give the base URL for a page URL, whether Kibana answers 404 or the page', async () => {
    const viaRouter = failure(
      await ask('kibana', { status: 404, body: KIBANA_404 }, { path: '/app/security' }),
    );
    expect(viaRouter).toEqual({
      problem: 'wrong_path',
      message:
        'answered as Kibana, but its Detection Engine API is not under this URL (404 Not Found): ' +
        `give Kibana's base URL (${base}), not a page or space URL`,
    });
    const page = failure(
      await ask('kibana', { status: 200, body: '<html></html>' }, { path: '/app/security/rules' }),
    );
    expect(page).toEqual({
      problem: 'wrong_path',
      message: `answered with a web page (HTTP 200), not as Kibana's API: give Kibana's base URL (${base}), not a page or space URL`,
    });
    const space = failure(
      await ask('kibana', { status: 404, body: KIBANA_404 }, { path: '/s/secops' }),
    );
    expect(space).toMatchObject({
      message: expect.stringContaining(`(${base}) and the space with --space`),
    });
  });
});

describe('whoAnswers when nobody answers', () => {
  it('says the URL cannot be reached', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const result = await whoAnswers({
      product: 'kibana',
      url: `http://127.0.0.1:${port}`,
      spaceId: 'default',
      sender: fetchSender,
      timeoutMs: 2000,
      logger,
    });
    expect(failure(result)).toEqual({
      problem: 'unreachable',
      message: 'cannot be reached (ECONNREFUSED)',
    });
  });
});
