// Each demo user, and a wrong password, against the stack's secured Elasticsearch URL through `ssm-recon-rule
// serve` and the CLI: readiness (nologs may not read the logs: the forbidden finding), status of a rule nologs
// enabled (Kibana's missing-privileges warning after a run, from Elasticsearch's answer), alerts per role.
import type { AlertsResponse, ReadinessResponse, StatusResponse } from '../../common/api';
import { ROUTES } from '../../common/api';
import { basicAuthorization } from '../stack/kibana';
import {
  startNamespacedStack,
  type NamespacedStack,
} from '../support/integration/namespaced_stack';
import { runCli, type CliRun } from '../support/integration/run_cli';

const NAMESPACE = 'perms';
const USERS = ['elastic', 'analyst', 'nologs'] as const;
const api = {
  'elastic-api-version': '1',
  'x-elastic-internal-origin': 'Kibana',
  'kbn-xsrf': 'true',
};

let stack: NamespacedStack;
let hostUrl: string;

function cli(args: string[], user: string, password = 'changeme'): Promise<CliRun> {
  return runCli([...args, '--rule', stack.ruleFile], {
    ELASTICSEARCH_URL: process.env.ELASTICSEARCH_URL ?? '',
    KIBANA_URL: stack.emulator.url,
    KIBANA_SPACE: NAMESPACE,
    ELASTIC_USERNAME: user,
    ELASTIC_PASSWORD: password,
  });
}

async function get<T>(route: string, authorization: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${hostUrl}${route}`, { headers: { ...api, authorization } });
  return { status: res.status, body: (await res.json()) as T };
}

beforeAll(async () => {
  stack = await startNamespacedStack({
    namespace: NAMESPACE,
    data: { seed: 'permissions', eventsPerDay: 300, accounts: 1, usersPerAccount: 3 },
    rule: { from: 'now-4h' },
    emulator: { enabledDefault: false },
  });
  hostUrl = (await stack.serve(NAMESPACE)).url;
}, 600_000);

afterAll(async () => {
  await stack?.stop();
});

describe('readiness per user', () => {
  it.each(['elastic', 'analyst'])(
    '%s reads the logs: no forbidden finding, the CLI passes',
    async (user) => {
      const host = await get<ReadinessResponse>(ROUTES.readiness, basicAuthorization(user));
      expect(host.status).toBe(200);
      expect(host.body.status).not.toBe('fail');
      expect(JSON.stringify(host.body)).not.toMatch(/You may not inspect or read/);
      const run = await cli(['readiness', '--json'], user);
      expect((JSON.parse(run.stdout) as ReadinessResponse).status).toBe(host.body.status);
    },
  );

  it('nologs may not read the logs: the forbidden finding, fail, through the host and the CLI', async () => {
    const host = await get<ReadinessResponse>(ROUTES.readiness, basicAuthorization('nologs'));
    expect(host.status).toBe(200);
    expect(host.body.status).toBe('fail');
    const resolves = host.body.patterns[0].checks.find((check) => check.id === 'resolves');
    expect(resolves).toMatchObject({ status: 'fail' });
    expect(resolves?.finding).toMatch(/You may not inspect or read .*user \[nologs\] has no read/);
    const run = await cli(['readiness'], 'nologs');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/You may not inspect or read/);
  });

  it('a wrong password: 401 from the host, one line and exit 2 from the CLI', async () => {
    const host = await get<{ message: string }>(
      ROUTES.readiness,
      basicAuthorization('elastic', 'wrong-password'),
    );
    expect(host.status).toBe(401);
    const run = await cli(['readiness'], 'elastic', 'wrong-password');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('status and alerts per user', () => {
  it('a rule nologs enabled runs with its key: after a run, status warns that it cannot read the logs', async () => {
    const deploy = await cli(['deploy', '--enable'], 'nologs');
    expect(deploy.code).toBe(0);
    await stack.emulator.runRules({ space: NAMESPACE });
    for (const user of USERS) {
      const host = await get<StatusResponse>(ROUTES.status, basicAuthorization(user));
      expect(host.status).toBe(200);
      expect(host.body.lastExecution).toMatchObject({ status: 'partial failure' });
      expect(host.body.lastExecution?.message).toMatch(
        /required read privileges .*logs-aws\.cloudtrail-perms/,
      );
      expect(host.body.causes.map((cause) => cause.code)).toContain('missing_read_privileges');
    }
    const run = await cli(['status', '--json'], 'nologs');
    const status = JSON.parse(run.stdout) as StatusResponse;
    expect(status.verdict).toBe(
      (await get<StatusResponse>(ROUTES.status, basicAuthorization('elastic'))).body.verdict,
    );
    expect(['warning', 'failing']).toContain(status.verdict);
    expect(status.causes.map((cause) => cause.code)).toContain('missing_read_privileges');
    // Its key found nothing to alert on.
    const alerts = await get<AlertsResponse>(ROUTES.alerts, basicAuthorization('nologs'));
    expect(alerts.status).toBe(200);
    expect(alerts.body.totals['30d']).toBe(0);
  });

  it('re-enabled by elastic, the rule reads the logs and every role reads its alerts', async () => {
    // Disabling and re-enabling renews the rule's key as the user who does it.
    for (const enabled of [false, true]) {
      const res = await fetch(`${hostUrl}${ROUTES.enable}`, {
        method: 'POST',
        headers: {
          ...api,
          authorization: basicAuthorization('elastic'),
          'content-type': 'application/json',
        },
        body: JSON.stringify({ enabled }),
      });
      expect(res.status).toBe(200);
    }
    await stack.emulator.runRules({ space: NAMESPACE });
    const status = await get<StatusResponse>(ROUTES.status, basicAuthorization('analyst'));
    expect(status.body.lastExecution?.message ?? '').not.toMatch(/read privileges/);
    const totals: number[] = [];
    for (const user of USERS) {
      const host = await get<AlertsResponse>(ROUTES.alerts, basicAuthorization(user));
      expect(host.status).toBe(200);
      totals.push(host.body.totals['30d']);
      const run = await cli(['alerts', '--json'], user);
      expect(run.code).toBe(0);
      expect((JSON.parse(run.stdout) as AlertsResponse).totals['30d']).toBe(
        host.body.totals['30d'],
      );
    }
    expect(totals[0]).toBeGreaterThan(0);
    expect(new Set(totals).size).toBe(1);
    const wrong = await cli(['alerts'], 'analyst', 'wrong-password');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
  });
});
