// The compatibility proxy as a secured Elasticsearch: 401 in Elasticsearch's shape without good credentials,
// index reads authorised per demo user (wildcards narrowed silently, explicit names refused), the security APIs.
import { apiKeyAuthorization, basicAuthorization } from '../auth/users';
import { createTestEsClient } from './test_client';

const LOGS = 'logs-authz.proxy-default';
const ALERTS_INDEX = '.internal.alerts-security.alerts-authz-000001';
const ALERTS = '.alerts-security.alerts-authz';

function proxyUrl(): string {
  const url = process.env.ELASTICSEARCH_URL;
  if (!url) throw new Error('ELASTICSEARCH_URL is not set: run through Jest');
  return url;
}

async function call(
  path: string,
  authorization: string | undefined,
  init: { method?: string; body?: string; contentType?: string } = {},
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const headers: Record<string, string> = {};
  if (authorization) headers.authorization = authorization;
  if (init.body) headers['content-type'] = init.contentType ?? 'application/json';
  const response = await fetch(`${proxyUrl()}${path}`, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers,
    body: init.body,
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

const as = (user: string) => basicAuthorization(user);

describe('compatibility proxy security', () => {
  const engine = createTestEsClient();

  beforeAll(async () => {
    await engine.indices.create({ index: LOGS }, { ignore: [400] });
    await engine.index({
      index: LOGS,
      document: { '@timestamp': new Date().toISOString() },
      refresh: true,
    });
    await engine.indices.create(
      { index: ALERTS_INDEX, aliases: { [ALERTS]: {} } },
      { ignore: [400] },
    );
    await engine.index({
      index: ALERTS_INDEX,
      document: { '@timestamp': new Date().toISOString() },
      refresh: true,
    });
  });

  afterAll(async () => {
    await engine.indices.delete({ index: [LOGS, ALERTS_INDEX] }, { ignore: [404] });
    await engine.close();
  });

  it('answers 401 with Elasticsearch security error and challenge for unknown users and no credentials', async () => {
    const wrong = await call('/logs-*/_count', basicAuthorization('nobody', 'x'));
    const reason = 'unable to authenticate user [nobody] for REST request [/logs-*/_count]';
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('Basic realm="security"');
    expect(wrong.headers.get('x-elastic-product')).toBe('Elasticsearch');
    expect(wrong.body).toEqual({
      error: {
        root_cause: [
          {
            type: 'security_exception',
            reason,
            header: { 'WWW-Authenticate': ['Basic realm="security", charset="UTF-8"', 'ApiKey'] },
          },
        ],
        type: 'security_exception',
        reason,
        header: { 'WWW-Authenticate': ['Basic realm="security", charset="UTF-8"', 'ApiKey'] },
      },
      status: 401,
    });

    const none = await call('/', undefined);
    expect(none.status).toBe(401);
    expect((none.body.error as { reason: string }).reason).toBe(
      'missing authentication credentials for REST request [/]',
    );
    expect((await call('/', basicAuthorization('elastic', 'wrong'))).status).toBe(401);
    expect((await call('/', apiKeyAuthorization('elastic-key', 'nope'))).status).toBe(401);
  });

  it('lets every demo user in by password or API key and says who they are', async () => {
    for (const user of ['elastic', 'analyst', 'nologs']) {
      expect((await call('/', as(user))).status).toBe(200);
      const me = await call(
        '/_security/_authenticate',
        apiKeyAuthorization(`${user}-key`, `${user}-secret`),
      );
      expect(me.body).toMatchObject({ username: user, authentication_type: 'api_key' });
    }
  });

  it('lets elastic and analyst read the logs and the alerts', async () => {
    for (const user of ['elastic', 'analyst']) {
      expect((await call(`/${LOGS}/_count`, as(user))).body.count).toBe(1);
      expect((await call('/logs-authz.*/_count', as(user))).body.count).toBe(1);
      expect((await call(`/${ALERTS}/_count`, as(user))).body.count).toBe(1);
    }
  });

  it('refuses nologs an explicit logs index with 403 security_exception, as Elasticsearch does', async () => {
    const explicit = await call(`/${LOGS}/_search`, as('nologs'));
    expect(explicit.status).toBe(403);
    expect(explicit.body).toMatchObject({
      error: {
        type: 'security_exception',
        reason:
          `action [indices:data/read/search] is unauthorized for user [nologs] with effective roles ` +
          `[ssm_recon_alerts_only] on indices [${LOGS}], this action is granted by the index privileges [read,all]`,
      },
      status: 403,
    });
    expect((await call(`/_resolve/index/${LOGS}`, as('nologs'))).status).toBe(403);
    expect((await call(`/${LOGS}/_field_caps?fields=*`, as('nologs'))).status).toBe(403);
    // ignore_unavailable drops what the user may not read instead.
    const ignored = await call(`/${LOGS},${ALERTS}/_count?ignore_unavailable=true`, as('nologs'));
    expect(ignored.body.count).toBe(1);
  });

  it('expands nologs wildcards to the indices it may read only, silently', async () => {
    expect((await call('/logs-authz.*/_count', as('nologs'))).body.count).toBe(0);
    const resolved = await call('/_resolve/index/logs-authz.*', as('nologs'));
    expect(resolved.body).toEqual({ indices: [], aliases: [], data_streams: [] });
    const caps = await call('/logs-authz.*/_field_caps?fields=@timestamp', as('nologs'));
    expect(caps.status).toBe(200);
    expect(caps.body.indices).toEqual([]);
    expect((await call('/_count', as('nologs'))).body.count).toBeGreaterThanOrEqual(1);
    expect((await call(`/${ALERTS}/_count`, as('nologs'))).body.count).toBe(1);
  });

  it('authorises each search of a multi-search on its own', async () => {
    const body = [
      { index: 'logs-authz.*' },
      { size: 0 },
      { index: LOGS },
      { size: 0 },
      { index: ALERTS },
      { size: 0 },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const answer = await call('/_msearch', as('nologs'), {
      body: `${body}\n`,
      contentType: 'application/x-ndjson',
    });
    expect(answer.status).toBe(200);
    const responses = answer.body.responses as Array<Record<string, unknown>>;
    expect(responses).toHaveLength(3);
    expect(responses[0]).toMatchObject({ hits: { total: { value: 0 } } });
    expect(responses[1]).toMatchObject({ error: { type: 'security_exception' }, status: 403 });
    expect(responses[2]).toMatchObject({ hits: { total: { value: 1 } } });
  });

  it('answers _has_privileges per user from its role', async () => {
    const ask = (user: string) =>
      call('/_security/user/_has_privileges', as(user), {
        body: JSON.stringify({
          index: [{ names: ['logs-aws.cloudtrail-*', ALERTS], privileges: ['read'] }],
        }),
      });
    expect((await ask('elastic')).body).toMatchObject({ has_all_requested: true });
    expect((await ask('analyst')).body).toMatchObject({ has_all_requested: true });
    expect((await ask('nologs')).body).toMatchObject({
      username: 'nologs',
      has_all_requested: false,
      index: { 'logs-aws.cloudtrail-*': { read: false }, [ALERTS]: { read: true } },
    });
  });

  it('keeps writes and administration to the superuser', async () => {
    const write = await call(`/${ALERTS}/_doc`, as('analyst'), { body: '{}' });
    expect(write.status).toBe(403);
    expect((write.body.error as { reason: string }).reason).toContain('indices:data/write/index');
  });

  it('grants a bulk on a named index to a role with write on it, and refuses it otherwise', async () => {
    const { hits } = await engine.search({ index: ALERTS_INDEX, size: 1, _source: false });
    const id = String(hits.hits[0]._id);
    const bulk = (user: string, lines: unknown[]) =>
      call(`/${ALERTS_INDEX}/_bulk?refresh=true`, as(user), {
        body: `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`,
        contentType: 'application/x-ndjson',
      });
    const update = [{ update: { _id: id } }, { doc: { 'kibana.alert.workflow_status': 'closed' } }];
    const refused = await bulk('viewer', update);
    expect(refused.status).toBe(403);
    expect((refused.body.error as { reason: string }).reason).toMatch(
      /action \[indices:data\/write\/bulk\[s\]\] is unauthorized for user \[viewer\].*granted by the index privileges \[create_doc,create,delete,index,write,all\]/,
    );
    // An action line may not reach another index than the one the path names and the role grants.
    const elsewhere = await bulk('analyst', [
      { index: { _index: LOGS } },
      { '@timestamp': new Date().toISOString() },
    ]);
    expect(elsewhere.status).toBe(403);
    const granted = await bulk('analyst', update);
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ errors: false });
    const stored = await engine.get<Record<string, string>>({ index: ALERTS_INDEX, id });
    expect(stored._source?.['kibana.alert.workflow_status']).toBe('closed');
  });
});
