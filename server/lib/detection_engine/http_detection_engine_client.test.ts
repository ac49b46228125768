import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpError } from '../errors';
import { createDetectionEngineClient, type ClientConnectionOptions } from './create_client';
import { KibanaApiError } from './kibana_api_error';
import { ExecutionApiCache } from './http_detection_engine_client';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

type Script = (req: Seen) => { status: number; body?: unknown; raw?: string; delayMs?: number };

/** A loopback server answering from a script and recording every request. */
async function scriptedKibana(script: Script) {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const entry: Seen = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: text ? JSON.parse(text) : undefined,
      };
      seen.push(entry);
      const answer = script(entry);
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body)));
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const RULE = { id: 'so-1', rule_id: 'r-1', name: 'Rule', version: 3, enabled: false };
const PASSWORD = 'pa55-w0rd-never-shown';

function clientFor(url: string, extra: Partial<ClientConnectionOptions> = {}) {
  return createDetectionEngineClient({
    kibanaUrl: url,
    credentials: { username: 'elastic', password: PASSWORD },
    spaceId: 'team-a',
    timeoutMs: 2000,
    executionApiCache: new ExecutionApiCache(),
    ...extra,
  });
}

async function failure(promise: Promise<unknown>): Promise<KibanaApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KibanaApiError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('HttpDetectionEngineClient', () => {
  let kibana: Awaited<ReturnType<typeof scriptedKibana>>;
  afterEach(async () => kibana?.close());

  it('sends public calls with the public version, kbn-xsrf, credentials and the space prefix', async () => {
    kibana = await scriptedKibana(() => ({ status: 200, body: RULE }));
    await clientFor(kibana.url).createRule({ rule_id: 'r-1', enabled: false, name: 'Rule' });
    const [request] = kibana.seen;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/s/team-a/api/detection_engine/rules');
    expect(request.headers['elastic-api-version']).toBe('2023-10-31');
    expect(request.headers['kbn-xsrf']).toBe('true');
    expect(request.headers['x-elastic-internal-origin']).toBeUndefined();
    expect(request.headers.authorization).toBe(
      `Basic ${Buffer.from(`elastic:${PASSWORD}`).toString('base64')}`,
    );
    expect(request.body).toEqual({ rule_id: 'r-1', enabled: false, name: 'Rule' });
  });

  it('sends internal calls with version 1 and the internal-origin header; GET carries no kbn-xsrf', async () => {
    kibana = await scriptedKibana(() => ({
      status: 200,
      body: { stats: { num_prebuilt_rules_installed: 4, num_prebuilt_rules_to_install: 1 } },
    }));
    const status = await clientFor(kibana.url, { spaceId: 'default' }).prebuiltStatus();
    expect(status).toEqual({ installed: 4, toInstall: 1, toUpgrade: 0, totalInPackage: null });
    const [request] = kibana.seen;
    expect(request.url).toBe('/internal/detection_engine/prebuilt_rules/status');
    expect(request.headers['elastic-api-version']).toBe('1');
    expect(request.headers['x-elastic-internal-origin']).toBe('Kibana');
    expect(request.headers['kbn-xsrf']).toBeUndefined();
  });

  it('finds rules by signature id with one _find and keeps exact matches only', async () => {
    kibana = await scriptedKibana(() => ({
      status: 200,
      body: {
        page: 1,
        perPage: 100,
        total: 2,
        data: [RULE, { ...RULE, id: 'so-9', rule_id: 'r-10' }],
      },
    }));
    const rules = await clientFor(kibana.url).findRulesByRuleId(['r-1', 'r-2']);
    expect(rules.map((r) => r.id)).toEqual(['so-1']);
    const url = new URL(kibana.seen[0].url, 'http://x');
    expect(url.pathname).toBe('/s/team-a/api/detection_engine/rules/_find');
    expect(url.searchParams.get('filter')).toBe(
      'alert.attributes.params.ruleId:"r-1" OR alert.attributes.params.ruleId:"r-2"',
    );
    expect(url.searchParams.get('per_page')).toBe('100');
  });

  it('reads a missing rule as null (404 in the Detection Engine shape)', async () => {
    kibana = await scriptedKibana(() => ({
      status: 404,
      body: { status_code: 404, message: 'rule_id: "nope" not found' },
    }));
    expect(await clientFor(kibana.url).readRule({ ruleId: 'nope' })).toBeNull();
    expect(kibana.seen[0].url).toBe('/s/team-a/api/detection_engine/rules?rule_id=nope');
  });

  it('keeps 409 and 403 with Kibana messages in both error shapes', async () => {
    kibana = await scriptedKibana((req) =>
      req.method === 'POST'
        ? { status: 409, body: { status_code: 409, message: ['rule_id: "r-1" already exists'] } }
        : {
            status: 403,
            body: { statusCode: 403, error: 'Forbidden', message: 'Unauthorized to update' },
          },
    );
    const client = clientFor(kibana.url);
    const conflict = await failure(client.createRule({ rule_id: 'r-1', enabled: false }));
    expect(conflict.statusCode).toBe(409);
    expect(conflict.message).toContain('rule_id: "r-1" already exists');
    const forbidden = await failure(client.patchRule({ id: 'so-1' }, { enabled: true }));
    expect(forbidden).toBeInstanceOf(HttpError);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.message).toContain('Unauthorized to update');
    expect(kibana.seen[1].body).toEqual({ id: 'so-1', enabled: true });
  });

  it('passes a 401 through and never shows the credentials', async () => {
    kibana = await scriptedKibana(() => ({
      status: 401,
      body: {
        statusCode: 401,
        error: 'Unauthorized',
        message: 'unable to authenticate user [elastic]',
      },
    }));
    const error = await failure(clientFor(kibana.url).readRule({ id: 'x' }));
    expect(error.statusCode).toBe(401);
    expect(error.message).not.toContain(PASSWORD);
    expect(error.message).not.toContain(Buffer.from(`elastic:${PASSWORD}`).toString('base64'));
  });

  it('turns Kibana 400 and 500 answers into 502, and 503 stays 503', async () => {
    let status = 400;
    kibana = await scriptedKibana(() => ({
      status,
      body: { statusCode: status, error: 'x', message: '[request body.name]: Required' },
    }));
    const client = clientFor(kibana.url);
    const bad = await failure(client.createRule({ rule_id: 'r', enabled: false }));
    expect([bad.statusCode, bad.upstreamStatus]).toEqual([502, 400]);
    expect(bad.message).toBe('Kibana answered 400 to create rule: [request body.name]: Required');
    status = 500;
    expect((await failure(client.readRule({ id: 'x' }))).statusCode).toBe(502);
    status = 503;
    expect((await failure(client.readRule({ id: 'x' }))).statusCode).toBe(503);
  });

  it('answers 502 when Kibana sends something other than JSON', async () => {
    kibana = await scriptedKibana(() => ({ status: 200, raw: '<html>login</html>' }));
    const error = await failure(clientFor(kibana.url).readRule({ id: 'x' }));
    expect(error.statusCode).toBe(502);
  });

  it('times out with 504', async () => {
    kibana = await scriptedKibana(() => ({ status: 200, body: RULE, delayMs: 1500 }));
    const error = await failure(clientFor(kibana.url, { timeoutMs: 100 }).readRule({ id: 'x' }));
    expect(error.statusCode).toBe(504);
    expect(error.message).toMatch(/did not answer read rule within/);
  });

  it('answers 503 when nothing listens', async () => {
    kibana = await scriptedKibana(() => ({ status: 200 }));
    const url = kibana.url;
    await kibana.close();
    const error = await failure(clientFor(url).readRule({ id: 'x' }));
    expect(error.statusCode).toBe(503);
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).not.toContain(PASSWORD);
  });

  it('returns a bulk partial failure (HTTP 500) as per-rule errors', async () => {
    kibana = await scriptedKibana(() => ({
      status: 500,
      body: {
        message: 'Bulk edit partially failed',
        status_code: 500,
        attributes: {
          errors: [
            { message: 'Unauthorized', status_code: 403, rules: [{ id: 'so-1', name: 'Rule' }] },
          ],
          results: { updated: [], created: [], deleted: [], skipped: [] },
          summary: { failed: 1, succeeded: 0, skipped: 0, total: 1 },
        },
      },
    }));
    const result = await clientFor(kibana.url).bulkAction(
      'enable',
      { ids: ['so-1'] },
      { dryRun: true },
    );
    expect(result.summary.failed).toBe(1);
    expect(result.errors).toEqual([
      { message: 'Unauthorized', statusCode: 403, ruleIds: ['so-1'] },
    ]);
    expect(kibana.seen[0].url).toBe(
      '/s/team-a/api/detection_engine/rules/_bulk_action?dry_run=true',
    );
    expect(kibana.seen[0].body).toEqual({ action: 'enable', ids: ['so-1'] });
  });

  it('a plain 500 from _bulk_action is still an error', async () => {
    kibana = await scriptedKibana(() => ({
      status: 500,
      body: { status_code: 500, message: 'boom' },
    }));
    const error = await failure(clientFor(kibana.url).bulkAction('disable', { ids: ['a'] }));
    expect(error.statusCode).toBe(502);
  });

  describe('execution results', () => {
    const unified = {
      data: [
        {
          execution_uuid: 'e1',
          execution_start: '2025-01-01T00:05:00.000Z',
          execution_duration_ms: 120,
          schedule_delay_ms: 3,
          backfill: null,
          outcome: { status: 'warning', message: 'missing field' },
          metrics: {
            total_search_duration_ms: 10,
            total_indexing_duration_ms: 2,
            execution_gap_duration_s: null,
            alerts_candidate_count: 1,
            alert_counts: { new: 1 },
            matched_indices_count: 1,
            frozen_indices_queried_count: 0,
            index_duration_ms: null,
          },
        },
      ],
      total: 1,
      page: 1,
      per_page: 20,
    };
    const legacy = {
      events: [
        {
          execution_uuid: 'e1',
          timestamp: '2025-01-01T00:05:00.000Z',
          duration_ms: 120,
          status: 'success',
          message: 'rule executed',
          security_status: 'succeeded',
          security_message: 'succeeded',
          num_new_alerts: 2,
          gap_duration_s: 0,
        },
      ],
      total: 1,
    };
    const routeMissing = {
      status: 404,
      body: { statusCode: 404, error: 'Not Found', message: 'Not Found' },
    };
    const query = {
      from: new Date('2025-01-01T00:00:00Z'),
      to: new Date('2025-01-02T00:00:00Z'),
      perPage: 20,
    };

    it('uses the POST form when Kibana has it, and remembers', async () => {
      kibana = await scriptedKibana((req) =>
        req.method === 'POST' ? { status: 200, body: unified } : routeMissing,
      );
      const client = clientFor(kibana.url);
      const first = await client.getExecutionResults('so-1', query);
      expect(first).toEqual({
        available: true,
        api: 'post',
        total: 1,
        items: [
          {
            timestamp: '2025-01-01T00:05:00.000Z',
            status: 'partial failure',
            message: 'missing field',
            durationMs: 120,
            alertsCreated: 1,
            gapDurationS: null,
          },
        ],
      });
      expect(kibana.seen[0].url).toBe(
        '/s/team-a/internal/detection_engine/rules/so-1/execution/results',
      );
      expect(kibana.seen[0].body).toEqual({
        filter: { from: '2025-01-01T00:00:00.000Z', to: '2025-01-02T00:00:00.000Z' },
        sort: { field: 'execution_start', order: 'desc' },
        page: 1,
        per_page: 20,
      });
      await client.getExecutionResults('so-1', query);
      expect(kibana.seen.map((s) => s.method)).toEqual(['POST', 'POST']);
    });

    it('falls back to the GET form when POST is not a route, and then goes straight to GET', async () => {
      kibana = await scriptedKibana((req) =>
        req.method === 'GET' ? { status: 200, body: legacy } : routeMissing,
      );
      const memory = new ExecutionApiCache();
      const first = await clientFor(kibana.url, { executionApiCache: memory }).getExecutionResults(
        'so-1',
        query,
      );
      expect(first.api).toBe('get');
      expect(first.items[0]).toEqual({
        timestamp: '2025-01-01T00:05:00.000Z',
        status: 'succeeded',
        message: 'succeeded',
        durationMs: 120,
        alertsCreated: 2,
        gapDurationS: 0,
      });
      const url = new URL(kibana.seen[1].url, 'http://x');
      expect(url.searchParams.get('start')).toBe('2025-01-01T00:00:00.000Z');
      expect(url.searchParams.get('sort_order')).toBe('desc');
      // A second client of the same Kibana (next request) skips the probe.
      await clientFor(kibana.url, { executionApiCache: memory }).getExecutionResults('so-1', query);
      expect(kibana.seen.map((s) => s.method)).toEqual(['POST', 'GET', 'GET']);
    });

    it('reports history unavailable when neither form exists', async () => {
      kibana = await scriptedKibana(() => routeMissing);
      const client = clientFor(kibana.url);
      expect(await client.getExecutionResults('so-1', query)).toEqual({
        available: false,
        api: 'none',
        total: 0,
        items: [],
      });
      await client.getExecutionResults('so-1', query);
      expect(kibana.seen).toHaveLength(2);
    });

    it('does not mistake a handler error for a missing route', async () => {
      kibana = await scriptedKibana(() => ({
        status: 403,
        body: { statusCode: 403, error: 'Forbidden', message: 'no' },
      }));
      expect(
        (await failure(clientFor(kibana.url).getExecutionResults('so-1', query))).statusCode,
      ).toBe(403);
      expect(kibana.seen).toHaveLength(1);
    });
  });

  describe('prebuilt rules', () => {
    it('asks _review for just this rule', async () => {
      kibana = await scriptedKibana(() => ({
        status: 200,
        body: {
          page: 1,
          per_page: 20,
          total: 1,
          stats: { num_rules_to_install: 1, tags: [] },
          rules: [{ ...RULE, version: 4 }],
        },
      }));
      expect(await clientFor(kibana.url).reviewPrebuiltInstallation('r-1')).toEqual({
        ruleId: 'r-1',
        version: 4,
        name: 'Rule',
      });
      expect(kibana.seen[0].body).toEqual({
        filter: 'security-rule.rule_id: "r-1"',
        page: 1,
        per_page: 20,
      });
    });

    it('retries without a body on a Kibana that refuses one, and filters the full list itself', async () => {
      kibana = await scriptedKibana((req) =>
        req.body === undefined
          ? {
              status: 200,
              body: {
                stats: { num_rules_to_install: 2 },
                rules: [{ ...RULE, rule_id: 'other' }, RULE],
              },
            }
          : {
              status: 400,
              body: { statusCode: 400, error: 'Bad Request', message: 'body: not allowed' },
            },
      );
      const client = clientFor(kibana.url);
      expect(await client.reviewPrebuiltInstallation('r-1')).toEqual({
        ruleId: 'r-1',
        version: 3,
        name: 'Rule',
      });
      expect(await client.reviewPrebuiltInstallation('absent')).toBeNull();
      expect(kibana.seen.map((s) => s.body === undefined)).toEqual([false, true, true]);
    });

    it('reads _perform results, skips and errors (errors come inside a 200)', async () => {
      kibana = await scriptedKibana(() => ({
        status: 200,
        body: {
          summary: { total: 2, succeeded: 1, skipped: 1, failed: 0 },
          results: {
            created: [RULE],
            skipped: [{ rule_id: 'r-2', reason: 'ALREADY_INSTALLED' }],
          },
          errors: [{ message: 'not found', rules: [{ rule_id: 'r-3' }] }],
        },
      }));
      const result = await clientFor(kibana.url).performPrebuiltInstallation([
        { ruleId: 'r-1', version: 3 },
      ]);
      expect(result.installed.map((r) => r.id)).toEqual(['so-1']);
      expect(result.skipped).toEqual([{ ruleId: 'r-2', reason: 'ALREADY_INSTALLED' }]);
      expect(result.errors).toEqual([{ message: 'not found', ruleIds: ['r-3'] }]);
      expect(kibana.seen[0].body).toEqual({
        mode: 'SPECIFIC_RULES',
        rules: [{ rule_id: 'r-1', version: 3 }],
      });
    });
  });

  it('searches alerts with the body as given', async () => {
    kibana = await scriptedKibana(() => ({
      status: 200,
      body: { took: 1, timed_out: false, hits: { total: { value: 0, relation: 'eq' }, hits: [] } },
    }));
    const response = await clientFor(kibana.url).searchSignals({
      size: 0,
      query: { match_all: {} },
    });
    expect(response.hits.hits).toEqual([]);
    expect(kibana.seen[0].url).toBe('/s/team-a/api/detection_engine/signals/search');
    expect(kibana.seen[0].body).toEqual({ size: 0, query: { match_all: {} } });
  });

  it('reports every request to the observer', async () => {
    kibana = await scriptedKibana(() => ({
      status: 404,
      body: { status_code: 404, message: 'x' },
    }));
    const events: Array<{ path: string; status: number | null }> = [];
    await clientFor(kibana.url, {
      onRequest: (e) => events.push({ path: e.path, status: e.status }),
    }).readRule({
      id: 'a',
    });
    expect(events).toEqual([{ path: '/api/detection_engine/rules', status: 404 }]);
  });
});
