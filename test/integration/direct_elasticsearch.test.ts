// The CLI (`readiness`, `alerts`) and `ssm-recon-rule serve` talking to the embedded Elasticsearch 8.19 node directly,
// with no compatibility proxy rewriting headers: the 9.x client must adapt to what 8.x accepts, and the verdicts
// must equal those through the stack's proxy. Always on Elasticsearch, whatever the run's default engine.
import type { AlertsResponse, ReadinessResponse } from '../../common/api';
import { ROUTES } from '../../common/api';
import { basicAuthorization } from '../stack/kibana';
import { selectEngine } from '../stack/jest/engine_env';
import {
  startNamespacedStack,
  type NamespacedStack,
} from '../support/integration/namespaced_stack';
import { runCli, type CliRun } from '../support/integration/run_cli';

const NAMESPACE = 'directes';

let stack: NamespacedStack;
let directUrl: string;
let proxyUrl: string;

function cli(elasticsearchUrl: string, args: string[]): Promise<CliRun> {
  return runCli([...args, '--rule', stack.ruleFile], {
    ELASTICSEARCH_URL: elasticsearchUrl,
    KIBANA_URL: stack.emulator.url,
    KIBANA_SPACE: NAMESPACE,
    ELASTIC_USERNAME: 'elastic',
    ELASTIC_PASSWORD: 'changeme',
  });
}

/** What a verdict consists of, without the timings and timestamps two runs never share. */
function readinessVerdict(body: ReadinessResponse) {
  return {
    findings: body.findings.map((f) => [f.id, f.status]),
    patterns: body.patterns.map((p) => ({
      pattern: p.pattern,
      status: p.status,
      checks: p.checks.map((c) => [c.id, c.status]),
      documentsInHistoryWindow: p.documentsInHistoryWindow,
      matchingInHistoryWindow: p.matchingInHistoryWindow,
    })),
  };
}

function alertsVerdict(body: AlertsResponse) {
  const { ruleDeployed, totals, byWorkflowStatus, topPairs, lastAlertAt } = body;
  return { ruleDeployed, totals, byWorkflowStatus, topPairs, lastAlertAt };
}

beforeAll(async () => {
  selectEngine('elasticsearch', process.env);
  directUrl = process.env.ENGINE_URL as string;
  proxyUrl = process.env.ELASTICSEARCH_URL as string;
  stack = await startNamespacedStack({
    namespace: NAMESPACE,
    data: { seed: 'direct-es', eventsPerDay: 300, accounts: 1, usersPerAccount: 3 },
    rule: { from: 'now-4h' },
  });
  const deployed = await cli(proxyUrl, ['deploy', '--enable']);
  expect(deployed.code).toBe(0);
  await stack.emulator.runRules();
}, 600_000);

afterAll(async () => {
  await stack?.stop();
});

describe('the CLI and serve against Elasticsearch 8.19 with no proxy', () => {
  it('the node is Elasticsearch 8.19 and refuses the 9.x media types a plain client sends', async () => {
    const root = await fetch(`${directUrl}/`);
    expect(root.headers.get('x-elastic-product')).toBe('Elasticsearch');
    expect(((await root.json()) as { version: { number: string } }).version.number).toMatch(
      /^8\.19\./,
    );
    const refused = await fetch(`${directUrl}/_count`, {
      method: 'POST',
      headers: {
        accept: 'application/vnd.elasticsearch+json; compatible-with=9',
        'content-type': 'application/vnd.elasticsearch+json; compatible-with=9',
      },
      body: '{}',
    });
    expect(refused.status).toBe(400);
  });

  it('readiness gives the same verdict directly as through the proxy', async () => {
    const direct = await cli(directUrl, ['readiness', '--json']);
    const proxied = await cli(proxyUrl, ['readiness', '--json']);
    expect(direct.stderr).not.toMatch(/media_type|compatible-with|error/i);
    expect(direct.code).toBe(proxied.code);
    const directBody = JSON.parse(direct.stdout) as ReadinessResponse;
    expect(readinessVerdict(directBody)).toEqual(
      readinessVerdict(JSON.parse(proxied.stdout) as ReadinessResponse),
    );
    expect(directBody.patterns.some((p) => (p.documentsInHistoryWindow ?? 0) > 0)).toBe(true);
  });

  it('alerts give the same figures directly as through the proxy', async () => {
    const direct = await cli(directUrl, ['alerts', '--range', '24h', '--json']);
    const proxied = await cli(proxyUrl, ['alerts', '--range', '24h', '--json']);
    expect(direct.stderr).not.toMatch(/media_type|compatible-with|error/i);
    expect(direct.code).toBe(0);
    const directBody = JSON.parse(direct.stdout) as AlertsResponse;
    expect(directBody.ruleDeployed).toBe(true);
    expect(directBody.totals['24h']).toBeGreaterThan(0);
    expect(alertsVerdict(directBody)).toEqual(
      alertsVerdict(JSON.parse(proxied.stdout) as AlertsResponse),
    );
  });

  it('serve answers readiness and alerts from the node directly, as the CLI does', async () => {
    process.env.ELASTICSEARCH_URL = directUrl; // the stack's serve() hands this URL to the host
    const host = await stack.serve(NAMESPACE);
    const headers = {
      'elastic-api-version': '1',
      'x-elastic-internal-origin': 'Kibana',
      'kbn-xsrf': 'true',
      authorization: basicAuthorization('elastic'),
    };
    const readiness = await fetch(`${host.url}${ROUTES.readiness}`, { headers });
    expect(readiness.status).toBe(200);
    const cliReadiness = await cli(directUrl, ['readiness', '--json']);
    expect(readinessVerdict((await readiness.json()) as ReadinessResponse)).toEqual(
      readinessVerdict(JSON.parse(cliReadiness.stdout) as ReadinessResponse),
    );
    const alerts = await fetch(`${host.url}${ROUTES.alerts}?range=24h`, { headers });
    expect(alerts.status).toBe(200);
    const cliAlerts = await cli(directUrl, ['alerts', '--range', '24h', '--json']);
    expect(alertsVerdict((await alerts.json()) as AlertsResponse)).toEqual(
      alertsVerdict(JSON.parse(cliAlerts.stdout) as AlertsResponse),
    );
  });
});
