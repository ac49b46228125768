// Integration: `npm run stack` (default engine: Elasticsearch) with a small data set prints its URLs and READY, every URL answers (the Kibana one
// with basic auth), a rule run on demand finds the planted reconnaissance, and SIGINT stops the JVM with it.
import { Client } from '@elastic/elasticsearch';
import { basicAuthorization } from '../stack/kibana';
import { bundledRuleAssets } from '../stack/kibana/prebuilt/bundled_rule_assets';
import { kibanaCall } from '../stack/kibana/testing/kibana_call';
import { isAlive, readyVariables, spawnEntry, type SpawnedEntry } from '../stack/cli/spawned_entry';
import { runCli, type CliRun } from '../support/integration/run_cli';

// A busy two-core machine can take minutes to start a JVM and load data.
const READY_TIMEOUT_MS = 8 * 60_000;
const STOP_TIMEOUT_MS = 60_000;

let stack: SpawnedEntry;
let urls: Record<string, string>;

/** `ssm-recon-rule` as an admin would run it against the stack's printed URLs. */
function cli(args: string[], env: Record<string, string>): Promise<CliRun> {
  return runCli(args, {
    ELASTICSEARCH_URL: urls.ELASTICSEARCH_URL,
    KIBANA_URL: urls.KIBANA_URL,
    ELASTIC_USERNAME: 'elastic',
    ELASTIC_PASSWORD: 'changeme',
    ...env,
  });
}

beforeAll(async () => {
  stack = spawnEntry('test/stack/cli/stack.ts', [
    '--days',
    '2',
    '--events-per-day',
    '400',
    '--schedule-seconds',
    '600',
    '--heap',
    '512m',
  ]);
  await stack.waitForLine(/^READY$/, READY_TIMEOUT_MS);
  urls = readyVariables(stack.lines);
}, READY_TIMEOUT_MS + 10_000);

afterAll(() => stack?.kill());

describe('npm run stack', () => {
  it('prints the engine, the three URLs and the engine pid, in order, before READY', () => {
    expect(stack.lines.slice(0, 6).map((line) => line.split('=')[0])).toEqual([
      'ENGINE',
      'ENGINE_URL',
      'ELASTICSEARCH_URL',
      'KIBANA_URL',
      'ENGINE_PID',
      'READY',
    ]);
    expect(urls.ENGINE).toBe('elasticsearch 8.19.0');
    for (const name of ['ENGINE_URL', 'ELASTICSEARCH_URL', 'KIBANA_URL']) {
      expect(urls[name]).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    }
    expect(isAlive(Number(urls.ENGINE_PID))).toBe(true);
  });

  it('serves Elasticsearch itself at ENGINE_URL, as Elasticsearch answers', async () => {
    const response = await fetch(`${urls.ENGINE_URL}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-elastic-product')).toBe('Elasticsearch');
    const body = (await response.json()) as { version: { number: string; distribution?: string } };
    expect(body.version.number).toBe('8.19.0');
    expect(body.version.distribution).toBeUndefined();
  });

  it('lets an unmodified official client read the generated logs at ELASTICSEARCH_URL as a demo user', async () => {
    const client = new Client({
      node: urls.ELASTICSEARCH_URL,
      auth: { username: 'analyst', password: 'changeme' },
    });
    try {
      const { count } = await client.count({ index: 'logs-aws.cloudtrail-*' });
      expect(count).toBeGreaterThan(2 * 400);
    } finally {
      await client.close();
    }
  });

  it('answers ELASTICSEARCH_URL as a secured Elasticsearch: 401 for unknown users, nologs reads no logs', async () => {
    // What `curl -u nobody:x $ELASTICSEARCH_URL/logs-*/_count` sees.
    const count = (user: string, password: string) =>
      fetch(`${urls.ELASTICSEARCH_URL}/logs-*/_count`, {
        headers: {
          authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
        },
      });
    const nobody = await count('nobody', 'x');
    expect(nobody.status).toBe(401);
    expect(nobody.headers.get('www-authenticate')).toContain('Basic realm="security"');
    expect(await nobody.json()).toMatchObject({
      error: {
        type: 'security_exception',
        reason: 'unable to authenticate user [nobody] for REST request [/logs-*/_count]',
      },
      status: 401,
    });
    expect((await fetch(`${urls.ELASTICSEARCH_URL}/logs-*/_count`)).status).toBe(401);
    const nologs = await count('nologs', 'changeme');
    expect(nologs.status).toBe(200);
    expect(await nologs.json()).toMatchObject({ count: 0 });
    const explicit = await fetch(`${urls.ELASTICSEARCH_URL}/logs-aws.cloudtrail-default/_count`, {
      headers: { authorization: `Basic ${Buffer.from('nologs:changeme').toString('base64')}` },
    });
    expect(explicit.status).toBe(403);
  });

  it('answers at KIBANA_URL with basic auth only', async () => {
    const found = await kibanaCall(urls.KIBANA_URL, { path: '/api/detection_engine/rules/_find' });
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ total: 0 });
    const anonymous = await fetch(`${urls.KIBANA_URL}/api/detection_engine/rules/_find`, {
      headers: { 'elastic-api-version': '2023-10-31' },
    });
    expect(anonymous.status).toBe(401);
    const analyst = await kibanaCall(urls.KIBANA_URL, {
      method: 'POST',
      path: '/api/detection_engine/rules',
      authorization: basicAuthorization('analyst'),
      body: { name: 'x' },
    });
    expect(analyst.status).toBe(403);
  });

  it('runs an enabled rule on POST /_emulator/run_rules and alerts on the planted reconnaissance', async () => {
    const [asset] = await bundledRuleAssets();
    // A lookback over the planted first-time reconnaissance, which lands within the last 3 hours.
    const created = await kibanaCall(urls.KIBANA_URL, {
      method: 'POST',
      path: '/api/detection_engine/rules',
      body: { ...asset.attributes, rule_id: 'stack-cli-test', enabled: true, from: 'now-4h' },
    });
    expect(created.status).toBe(200);

    const response = await fetch(`${urls.KIBANA_URL}/_emulator/run_rules`, { method: 'POST' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      runs: number;
      records: Array<{ status: string; newAlerts: number }>;
    };
    expect(body.runs).toBe(1);
    expect(body.records[0].status).toBe('succeeded');
    expect(body.records[0].newAlerts).toBeGreaterThan(0);
  }, 120_000);

  it('the CLI finds Elasticsearch and Kibana at the printed URLs, and names the wrong party when they are swapped', async () => {
    const readiness = await cli(['readiness', '--json'], {});
    expect(readiness.code).not.toBe(2);
    expect(JSON.parse(readiness.stdout)).toMatchObject({ patterns: expect.any(Array) });
    const status = await cli(['status', '--json'], {});
    expect(status.code).not.toBe(2);

    const swapped = { ELASTICSEARCH_URL: urls.KIBANA_URL, KIBANA_URL: urls.ELASTICSEARCH_URL };
    const wrongElasticsearch = await cli(['readiness'], swapped);
    expect(wrongElasticsearch.code).toBe(2);
    expect(wrongElasticsearch.stderr.trim()).toBe(
      `error: ${urls.KIBANA_URL} answered as Kibana, not Elasticsearch: check --elasticsearch-url (ELASTICSEARCH_URL)`,
    );
    const wrongKibana = await cli(['status'], swapped);
    expect(wrongKibana.code).toBe(2);
    expect(wrongKibana.stderr.trim()).toBe(
      `error: ${urls.ELASTICSEARCH_URL} answered as Elasticsearch, not Kibana: check --kibana-url (KIBANA_URL)`,
    );
  }, 60_000);

  it(
    'stops everything on SIGINT, the JVM included',
    async () => {
      const jvm = Number(urls.ENGINE_PID);
      const code = await stack.stop('SIGINT', STOP_TIMEOUT_MS);
      expect(code).toBe(0);
      expect(stack.stderrTail()).toMatch(/\[stack\] stopped$/m);
      expect(isAlive(jvm)).toBe(false);
      await expect(fetch(`${urls.KIBANA_URL}/`)).rejects.toThrow();
    },
    STOP_TIMEOUT_MS + 10_000,
  );
});
