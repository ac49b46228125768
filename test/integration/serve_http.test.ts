// `ssm-recon-rule serve` over HTTP against the test stack: the same routes a browser or curl would call, with
// each caller's own credentials — deploy, enable, readiness, status verdicts and alert counts end to end.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from '@elastic/elasticsearch';
import type {
  AlertsResponse,
  DeployResponse,
  GuideResponse,
  ReadinessResponse,
  StatusResponse,
} from '../../common/api';
import { ROUTES } from '../../common/api';
import { customRuleId } from '../../common/rule';
import { variant } from '../../common/rule/test_rule_text';
import { bulkLoad } from '../stack/data/bulk_load';
import { generateCloudTrail } from '../stack/data/generate';
import { createTestEsClient } from '../stack/engine/test_client';
import { basicAuthorization, startEmulator, type RunningEmulator } from '../stack/kibana';
import { installCloudTrailTemplates } from '../stack/templates/install_templates';

const ROOT = path.resolve(__dirname, '../..');
const SPACE = 'srvhttp';
const NAMESPACE = 'srvhttp';
const RULE_ID = '1004ad5b-6900-4d28-ab5b-472f02e1fdfb';

const elastic = basicAuthorization('elastic');
const analyst = basicAuthorization('analyst');
const api = {
  'elastic-api-version': '1',
  'x-elastic-internal-origin': 'Kibana',
  'kbn-xsrf': 'true',
};

let es: Client;
let emulator: RunningEmulator;
let host: ChildProcess;
let hostUrl: string;
let tmp: string;
let planted: number;

function startServe(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin/ssm-recon-rule.js'), 'serve', ...args],
    {
      cwd: ROOT,
      env: { ...process.env, ELASTIC_API_KEY: '', ELASTIC_USERNAME: '', ELASTIC_PASSWORD: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Listening on (http:\/\/\S+)/.exec(stdout);
      if (match) resolve({ child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

async function call<T>(
  method: 'GET' | 'POST',
  route: string,
  authorization: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${hostUrl}${route}`, {
    method,
    headers: { ...api, authorization, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as T };
}

beforeAll(async () => {
  es = createTestEsClient();
  await installCloudTrailTemplates(es, { namespaces: [NAMESPACE] });
  const data = generateCloudTrail({
    seed: 'serve-http',
    now: new Date(),
    namespace: NAMESPACE,
    eventsPerDay: 600,
    accounts: 2,
    usersPerAccount: 3,
    filebeatVersion: NAMESPACE,
  });
  planted = data.manifest.rareRecon.length + data.manifest.rareReconWithoutIngested.length;
  await bulkLoad(es, data.documents(), { refresh: true });

  tmp = await mkdtemp(path.join(tmpdir(), 'serve-http-'));
  const ruleFile = path.join(tmp, 'rule.toml');
  // The bundled rule, narrowed to this file's indices (other test files share the engine), looking back 4 hours
  // so that one run covers the planted first-time reconnaissance of the last 3 hours.
  await writeFile(
    ruleFile,
    variant(
      [
        'index = ["filebeat-*", "logs-aws.cloudtrail-*"]',
        `index = ["filebeat-${NAMESPACE}*", "logs-aws.cloudtrail-${NAMESPACE}*"]`,
      ],
      ['from = "now-6m"', 'from = "now-4h"'],
    ),
  );
  emulator = await startEmulator({ esClient: es, prebuiltPackage: 'empty', enabledDefault: false });
  const started = await startServe([
    '--port',
    '0',
    '--elasticsearch-url',
    process.env.ELASTICSEARCH_URL ?? '',
    '--kibana-url',
    emulator.url,
    '--space',
    SPACE,
    '--rule',
    ruleFile,
  ]);
  host = started.child;
  hostUrl = started.url;
}, 180_000);

afterAll(async () => {
  host?.kill('SIGINT');
  await emulator?.stop();
  await es?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('ssm-recon-rule serve over HTTP', () => {
  it('reports not deployed, then refuses the analyst’s deploy with Kibana’s 403', async () => {
    const status = await call<StatusResponse>('GET', ROUTES.status, analyst);
    expect(status.status).toBe(200);
    expect(status.body.verdict).toBe('not_deployed');
    expect(status.body.capabilities.canWrite).toBe(false);

    const denied = await call<{ statusCode: number; message: string }>(
      'POST',
      ROUTES.deploy,
      analyst,
      {
        enable: true,
      },
    );
    expect(denied.status).toBe(403);
    expect(denied.body.statusCode).toBe(403);
  });

  it('deploys the custom copy under its own rule_id, disabled unless asked, and is idempotent', async () => {
    const first = await call<DeployResponse>('POST', ROUTES.deploy, elastic, {});
    expect(first.status).toBe(200);
    expect(first.body.action).toBe('created_custom');
    expect(first.body.rule.ruleId).toBe(customRuleId(RULE_ID));
    expect(first.body.rule.enabled).toBe(false);

    const again = await call<DeployResponse>('POST', ROUTES.deploy, elastic, {});
    expect(again.body.action).toBe('unchanged');
    expect(again.body.changes).toEqual([]);
  });

  it('answers bad input with 400 and the failing path', async () => {
    const bad = await call<{ message: string }>('POST', ROUTES.enable, elastic, { enabled: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('body.enabled');
    const range = await call<{ message: string }>('GET', `${ROUTES.alerts}?range=1y`, elastic);
    expect(range.status).toBe(400);
  });

  it('lets the analyst read but not enable', async () => {
    const denied = await call('POST', ROUTES.enable, analyst, { enabled: true });
    expect(denied.status).toBe(403);
    const disabled = await call<StatusResponse>('GET', ROUTES.status, analyst);
    expect(disabled.body.verdict).toBe('disabled');
  });

  it('reports the data as able to feed the rule', async () => {
    const readiness = await call<ReadinessResponse>('GET', ROUTES.readiness, analyst);
    expect(readiness.status).toBe(200);
    const logs = readiness.body.patterns.find((p) => p.pattern.startsWith('logs-aws.cloudtrail-'));
    expect(logs?.resolves).toBe(true);
    expect(logs?.matchingInHistoryWindow).toBeGreaterThan(0);
  });

  it('enables the rule, runs it, and shows it healthy with the alerts the engine wrote', async () => {
    const enabled = await call<{ enabled: boolean; changed: boolean }>(
      'POST',
      ROUTES.enable,
      elastic,
      {
        enabled: true,
      },
    );
    expect(enabled.body).toMatchObject({ enabled: true, changed: true });

    await emulator.runRules();
    const status = await call<StatusResponse>('GET', ROUTES.status, analyst);
    expect(status.body.verdict).toBe('healthy');
    expect(status.body.lastExecution?.status).toBe('succeeded');

    const alerts = await call<AlertsResponse>('GET', `${ROUTES.alerts}?range=24h`, analyst);
    expect(alerts.status).toBe(200);
    await es.indices.refresh({ index: `.alerts-security.alerts-${SPACE}` });
    const written = await es.count({ index: `.alerts-security.alerts-${SPACE}` });
    expect(written.count).toBe(planted);
    expect(alerts.body.totals['24h']).toBe(written.count);
    expect(alerts.body.topPairs).toHaveLength(planted);
  });

  it('serves the investigation guide from the deployed rule', async () => {
    const guide = await call<GuideResponse>('GET', ROUTES.guide, analyst);
    expect(guide.status).toBe(200);
    expect(guide.body.source).toBe('deployed');
    expect(guide.body.note).toContain(
      '### Investigating AWS SSM Inventory Reconnaissance by Rare User',
    );
  });

  it('sent nothing the Detection Engine would reject', () => {
    expect(emulator.rejectedRequests()).toEqual([]);
  });
});
