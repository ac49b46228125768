// The cluster commands against small fake servers: each command needs and asks only its own URL, a wrong URL
// is one line and exit 2 before anything is judged, --verbose logs each request exactly once, and errors that
// come from the wire exit 2 while the service's own findings exit 1.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { HttpError, UpstreamError } from '../../lib/errors';
import { EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from './command';
import { main } from './main';
import { exitCodeForError } from './service_command';

interface Fake {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

type Answer = { status: number; headers?: Record<string, string>; body: unknown };

async function fakeServer(answer: (path: string) => Answer): Promise<Fake> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(`${req.method} ${path}`);
    req.resume();
    const { status, headers, body } = answer(path);
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const ELASTIC = { 'x-elastic-product': 'Elasticsearch' };
const NOT_FOUND = { statusCode: 404, error: 'Not Found', message: 'Not Found' };

/** Elasticsearch with no index at all: every pattern resolves to nothing. */
const elasticsearchAnswer = (path: string): Answer =>
  path === '/'
    ? {
        status: 200,
        headers: ELASTIC,
        body: { version: { number: '8.19.0' }, tagline: 'You Know, for Search' },
      }
    : {
        status: 404,
        headers: ELASTIC,
        body: { error: { type: 'index_not_found_exception', root_cause: [] }, status: 404 },
      };

/** Kibana with no rule installed, no prebuilt package and Kibana's 404 for anything else. */
const kibanaAnswer = (path: string): Answer => {
  if (/^(\/s\/[^/]+)?\/api\/detection_engine\/rules\/_find$/.test(path)) {
    return { status: 200, body: { page: 1, perPage: 20, total: 0, data: [] } };
  }
  return { status: 404, body: NOT_FOUND };
};

let es: Fake;
let kibana: Fake;

beforeAll(async () => {
  es = await fakeServer(elasticsearchAnswer);
  kibana = await fakeServer(kibanaAnswer);
});
afterAll(async () => {
  await Promise.all([es.close(), kibana.close()]);
});
beforeEach(() => {
  es.requests.length = 0;
  kibana.requests.length = 0;
});

async function run(args: string[], env: Record<string, string>) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  const io: CliIo = {
    stdout,
    stderr,
    stdin: new PassThrough(),
    env: { ELASTIC_USERNAME: 'elastic', ELASTIC_PASSWORD: 's3cret', ...env },
    cwd: process.cwd(),
  };
  const code = await main(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** stderr without the progress line a command prints before its service call. */
const errorLines = (stderr: string) =>
  stderr
    .trim()
    .split('\n')
    .filter((line) => line !== '');

describe('who answers, before anything is judged', () => {
  it('readiness at a Kibana URL: one line naming the URL and Kibana, exit 2, one request', async () => {
    const result = await run(['readiness'], { ELASTICSEARCH_URL: kibana.url });
    expect(result.code).toBe(EXIT_USAGE);
    expect(errorLines(result.stderr)).toEqual([
      `error: ${kibana.url} answered as Kibana, not Elasticsearch: check --elasticsearch-url (ELASTICSEARCH_URL)`,
    ]);
    expect(kibana.requests).toEqual(['GET /']);
    expect(result.stdout).toBe('');
  });

  it('status at an Elasticsearch URL: one line naming Elasticsearch, exit 2', async () => {
    const result = await run(['status', '--json'], { KIBANA_URL: es.url });
    expect(result.code).toBe(EXIT_USAGE);
    expect(errorLines(result.stderr)).toEqual([
      `error: ${es.url} answered as Elasticsearch, not Kibana: check --kibana-url (KIBANA_URL)`,
    ]);
    expect(JSON.parse(result.stdout)).toMatchObject({ statusCode: 502 });
  });

  it('a Kibana page URL (…/app/security) is exit 2 with the base URL to give instead', async () => {
    const result = await run(['status'], { KIBANA_URL: `${kibana.url}/app/security` });
    expect(result.code).toBe(EXIT_USAGE);
    expect(errorLines(result.stderr)).toEqual([
      `error: ${kibana.url}/app/security answered as Kibana, but its Detection Engine API is not under this URL ` +
        `(404 Not Found): give Kibana's base URL (${kibana.url}), not a page or space URL: check --kibana-url (KIBANA_URL)`,
    ]);
  });

  it('a 401 from Elasticsearch is the credentials error, naming the settings to check', async () => {
    const refusing = await fakeServer(() => ({
      status: 401,
      headers: ELASTIC,
      body: { error: { type: 'security_exception', root_cause: [] }, status: 401 },
    }));
    try {
      const result = await run(['readiness'], { ELASTICSEARCH_URL: refusing.url });
      expect(result.code).toBe(EXIT_USAGE);
      expect(errorLines(result.stderr)).toEqual([
        `error: ${refusing.url} Elasticsearch did not accept the credentials (401 Unauthorized): ` +
          'check ELASTIC_API_KEY or ELASTIC_USERNAME/ELASTIC_PASSWORD (or --api-key, --username/--password)',
      ]);
      expect(result.stderr).not.toContain('s3cret');
    } finally {
      await refusing.close();
    }
  });
});

describe('each command requires and asks only the URL it uses', () => {
  it('status, without any Elasticsearch URL, talks to Kibana only', async () => {
    const result = await run(['status'], { KIBANA_URL: kibana.url });
    expect(result.code).toBe(EXIT_PROBLEMS);
    expect(result.stdout).toMatch(/^Verdict: NOT DEPLOYED$/m);
    expect(es.requests).toEqual([]);
  });

  it('readiness, without any Kibana URL, talks to Elasticsearch only', async () => {
    const result = await run(['readiness'], { ELASTICSEARCH_URL: es.url });
    expect(result.code).toBe(EXIT_PROBLEMS);
    expect(result.stdout).toMatch(/^Readiness: FAIL/);
    expect(kibana.requests).toEqual([]);
  });

  it('reports every missing setting of serve in one line', async () => {
    const result = await run(['serve'], { ELASTIC_USERNAME: '', ELASTIC_PASSWORD: '' });
    expect(result.code).toBe(EXIT_USAGE);
    expect(errorLines(result.stderr)).toEqual([
      'ssm-recon-rule serve: missing --elasticsearch-url (or ELASTICSEARCH_URL); --kibana-url (or KIBANA_URL)',
    ]);
  });
});

describe('--verbose', () => {
  // Every debug line about a request, whoever wrote it, reduced to "<product> <method> <path>".
  const requestLines = (stderr: string) =>
    errorLines(stderr)
      .filter((line) => line.includes(' DEBUG ') && line.includes(' → '))
      .map((line) => line.replace(/^.* DEBUG /, '').replace(/ → .*$/, ''));

  it('status logs each Kibana request exactly once', async () => {
    const result = await run(['status', '--verbose'], { KIBANA_URL: kibana.url });
    expect(kibana.requests.length).toBeGreaterThan(1);
    expect(requestLines(result.stderr)).toEqual(
      kibana.requests.map((request) => `Kibana ${request}`),
    );
  });

  it('readiness logs each Elasticsearch request exactly once, the who-answers check included', async () => {
    const result = await run(['readiness', '--verbose'], { ELASTICSEARCH_URL: es.url });
    expect(es.requests.length).toBeGreaterThan(1);
    expect(requestLines(result.stderr).sort()).toEqual(
      es.requests.map((request) => `Elasticsearch ${request}`).sort(),
    );
    expect(result.stderr).not.toMatch(/s3cret|Basic /);
  });
});

describe('exitCodeForError', () => {
  it('is 1 for the service’s own findings and 2 for anything the wire answered', () => {
    expect(exitCodeForError(new HttpError(409, 'drift'))).toBe(EXIT_PROBLEMS);
    expect(exitCodeForError(new HttpError(404, 'not offered'))).toBe(EXIT_PROBLEMS);
    expect(
      exitCodeForError(new UpstreamError(404, 'Kibana (find rules): Not Found', 'kibana')),
    ).toBe(EXIT_USAGE);
    expect(exitCodeForError(new HttpError(403, 'forbidden'))).toBe(EXIT_USAGE);
  });
});

describe('serve --config', () => {
  it('a syntax error names the place, never the text (the file holds a password)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'serve-config-'));
    const file = path.join(dir, 'host.json');
    await writeFile(file, '{\n  "kibana-url": "http://kb",\n  "password": "hunter2-secret",\n}\n');
    try {
      const result = await run(['serve', '--config', file], {});
      expect(result.code).toBe(EXIT_USAGE);
      expect(result.stderr).not.toContain('hunter2');
      expect(errorLines(result.stderr).pop()).toMatch(/not valid JSON \(line 4, column 1\)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses settings that only exist on Object.prototype', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'serve-config-'));
    const file = path.join(dir, 'host.json');
    await writeFile(file, JSON.stringify({ constructor: 'x', toString: 'y' }));
    try {
      const result = await run(['serve', '--config', file], {});
      expect(result.code).toBe(EXIT_USAGE);
      expect(result.stderr).toMatch(/unknown setting constructor, toString/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
