// `ssm-recon-rule serve` over HTTP against the test stack: the same routes a browser or curl would call, with
// each caller's own credentials — deploy, enable, readiness, status verdicts and alert counts end to end.
import type {
  AlertsResponse,
  DeployResponse,
  GuideResponse,
  ReadinessResponse,
  StatusResponse,
} from '../../common/api';
import { ROUTES } from '../../common/api';
import { customRuleId } from '../../server/lib/rule';
import { basicAuthorization } from '../stack/kibana';
import {
  startNamespacedStack,
  type NamespacedStack,
} from '../support/integration/namespaced_stack';

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

let stack: NamespacedStack;
let hostUrl: string;

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
  // The bundled rule, narrowed to this file's indices (other test files share the engine), looking back 4 hours
  // so that one run covers the planted first-time reconnaissance of the last 3 hours.
  stack = await startNamespacedStack({
    namespace: NAMESPACE,
    data: { seed: 'serve-http', eventsPerDay: 600, accounts: 2, usersPerAccount: 3 },
    rule: { from: 'now-4h' },
    emulator: { enabledDefault: false },
  });
  hostUrl = (await stack.serve(SPACE)).url;
}, 600_000);

afterAll(async () => {
  await stack?.stop();
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

    await stack.emulator.runRules();
    const status = await call<StatusResponse>('GET', ROUTES.status, analyst);
    expect(status.body.verdict).toBe('healthy');
    expect(status.body.lastExecution?.status).toBe('succeeded');

    const alerts = await call<AlertsResponse>('GET', `${ROUTES.alerts}?range=24h`, analyst);
    expect(alerts.status).toBe(200);
    await stack.es.indices.refresh({ index: `.alerts-security.alerts-${SPACE}` });
    const written = await stack.es.count({ index: `.alerts-security.alerts-${SPACE}` });
    expect(written.count).toBe(stack.data.plantedPairs);
    expect(alerts.body.totals['24h']).toBe(written.count);
    expect(alerts.body.topPairs).toHaveLength(stack.data.plantedPairs);
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
    expect(stack.emulator.rejectedRequests()).toEqual([]);
  });
});
