// The cluster commands of `ssm-recon-rule` against the test stack: JSON and text output, exit codes 0/1/2,
// one-line errors, the caller's own credentials (an analyst cannot deploy), who answers at each URL, only the
// settings each command uses, and --verbose logging each request once.
import type {
  AlertsResponse,
  DeployResponse,
  ReadinessResponse,
  StatusResponse,
} from '../../common/api';
import {
  startNamespacedStack,
  type NamespacedStack,
} from '../support/integration/namespaced_stack';
import { runCli, type CliRun } from '../support/integration/run_cli';

const NAMESPACE = 'clicmd';

let stack: NamespacedStack;
let ruleFile: string;

function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runCli(args, {
    ELASTICSEARCH_URL: process.env.ELASTICSEARCH_URL ?? '',
    KIBANA_URL: stack.emulator.url,
    KIBANA_SPACE: NAMESPACE,
    ELASTIC_USERNAME: 'elastic',
    ELASTIC_PASSWORD: 'changeme',
    ...env,
  });
}

beforeAll(async () => {
  stack = await startNamespacedStack({
    namespace: NAMESPACE,
    data: { seed: 'cli-commands', eventsPerDay: 300, accounts: 1, usersPerAccount: 3 },
  });
  ruleFile = stack.ruleFile;
}, 600_000);

afterAll(async () => {
  await stack?.stop();
});

describe('ssm-recon-rule cluster commands', () => {
  it('status exits 1 with verdict not_deployed before any deploy', async () => {
    const run = await cli(['status', '--json', '--rule', ruleFile]);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as StatusResponse).verdict).toBe('not_deployed');
  });

  it('deploy --dry-run plans a custom copy and changes nothing', async () => {
    const run = await cli(['deploy', '--dry-run', '--json', '--rule', ruleFile]);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as DeployResponse;
    expect(plan).toMatchObject({ dryRun: true, action: 'created_custom' });
    const status = await cli(['status', '--json', '--rule', ruleFile]);
    expect((JSON.parse(status.stdout) as StatusResponse).deployed).toBeNull();
  });

  it('deploy as the analyst is refused with exit 2 and one line on stderr', async () => {
    const run = await cli(['deploy', '--rule', ruleFile], {
      ELASTIC_USERNAME: 'analyst',
      ELASTIC_PASSWORD: 'changeme',
    });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n').pop()).toMatch(/^error: /);
    expect(run.stderr).not.toContain('changeme');
  });

  it('deploy --enable creates the enabled custom copy; text output says so', async () => {
    const run = await cli(['deploy', '--enable', '--rule', ruleFile]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/custom copy .*version \d+, enabled/);
    const again = await cli(['deploy', '--json', '--rule', ruleFile]);
    expect((JSON.parse(again.stdout) as DeployResponse).action).toBe('unchanged');
  });

  it('status right after deploy --enable is pending, not healthy: the chain `deploy --enable && status` fails', async () => {
    const run = await cli(['status', '--rule', ruleFile]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Verdict: PENDING$/m);
    expect(run.stdout).not.toMatch(/HEALTHY|Refresh/);
    expect(run.stdout).toMatch(/first run is due by \d{4}-/);
  });

  it('readiness and alerts answer as JSON', async () => {
    const readiness = await cli(['readiness', '--json', '--rule', ruleFile]);
    expect(readiness.code).toBe(0);
    const body = JSON.parse(readiness.stdout) as ReadinessResponse;
    expect(body.patterns.map((p) => p.pattern)).toEqual([
      `filebeat-${NAMESPACE}*`,
      `logs-aws.cloudtrail-${NAMESPACE}*`,
    ]);
    const alerts = await cli(['alerts', '--range', '7d', '--json', '--rule', ruleFile]);
    expect(alerts.code).toBe(0);
    expect((JSON.parse(alerts.stdout) as AlertsResponse).ruleDeployed).toBe(true);
  });

  it.each([
    [['status', '--kibana-ulr', 'x'], /Unknown option '--kibana-ulr'/],
    [['deploy', '--source', 'somewhere'], /--source must be auto, prebuilt or bundled/],
    [['alerts', '--range', '1y'], /--range must be 24h, 7d or 30d/],
    [['status', '--rule', 'no-such-file.toml'], /cannot read rule file/],
  ])('%j is a usage error: exit 2, one line', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it('deploy --enabled suggests --enable', async () => {
    const run = await cli(['deploy', '--enabled', '--rule', ruleFile]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      "ssm-recon-rule deploy: Unknown option '--enabled'. Did you mean '--enable'?",
    );
  });

  it('a cluster that does not answer is exit 2 with a one-line error, no stack trace', async () => {
    const run = await cli(['status', '--rule', ruleFile], { KIBANA_URL: 'http://127.0.0.1:9' });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  describe('who answers at each URL', () => {
    /** The last line of stderr, after the progress line if any: the one error line. */
    const errorLine = (run: CliRun) => run.stderr.trim().split('\n');

    it('ELASTICSEARCH_URL pointed at Kibana: exit 2, one line naming the URL and Kibana, no data verdict', async () => {
      const run = await cli(['readiness', '--rule', ruleFile], {
        ELASTICSEARCH_URL: stack.emulator.url,
      });
      expect(run.code).toBe(2);
      expect(errorLine(run)).toEqual([
        `error: ${stack.emulator.url} answered as Kibana, not Elasticsearch: check --elasticsearch-url (ELASTICSEARCH_URL)`,
      ]);
      expect(run.stdout).toBe('');
    });

    it('KIBANA_URL pointed at Elasticsearch: exit 2, one line naming the URL and Elasticsearch', async () => {
      const elasticsearchUrl = process.env.ELASTICSEARCH_URL ?? '';
      for (const command of ['status', 'alerts', 'deploy']) {
        const run = await cli([command, '--rule', ruleFile], { KIBANA_URL: elasticsearchUrl });
        expect(run.code).toBe(2);
        expect(errorLine(run)).toEqual([
          `error: ${elasticsearchUrl} answered as Elasticsearch, not Kibana: check --kibana-url (KIBANA_URL)`,
        ]);
      }
    });

    it('KIBANA_URL with /app/security: exit 2 with the base URL to give, not "Not Found" exit 1', async () => {
      const run = await cli(['status', '--rule', ruleFile], {
        KIBANA_URL: `${stack.emulator.url}/app/security`,
      });
      expect(run.code).toBe(2);
      expect(errorLine(run)).toHaveLength(1);
      expect(run.stderr).toContain(`give Kibana's base URL (${stack.emulator.url})`);
      expect(run.stderr).toContain('check --kibana-url (KIBANA_URL)');
    });

    it('a wrong password at Kibana is the credentials error, exit 2, naming the settings', async () => {
      const run = await cli(['status', '--rule', ruleFile], { ELASTIC_PASSWORD: 'wrong-password' });
      expect(run.code).toBe(2);
      expect(errorLine(run)).toEqual([
        `error: ${stack.emulator.url} Kibana did not accept the credentials (401 Unauthorized): ` +
          'check ELASTIC_API_KEY or ELASTIC_USERNAME/ELASTIC_PASSWORD (or --api-key, --username/--password)',
      ]);
      expect(run.stderr).not.toContain('wrong-password');
    });
  });

  describe('connection settings', () => {
    it('status, alerts and deploy need no Elasticsearch URL; readiness needs no Kibana URL', async () => {
      const status = await cli(['status', '--json', '--rule', ruleFile], { ELASTICSEARCH_URL: '' });
      expect(JSON.parse(status.stdout)).toMatchObject({ verdict: expect.any(String) });
      const alerts = await cli(['alerts', '--json', '--rule', ruleFile], { ELASTICSEARCH_URL: '' });
      expect(alerts.code).toBe(0);
      const deploy = await cli(['deploy', '--dry-run', '--rule', ruleFile], {
        ELASTICSEARCH_URL: '',
      });
      expect(deploy.code).toBe(0);
      const readiness = await cli(['readiness', '--json', '--rule', ruleFile], { KIBANA_URL: '' });
      expect(readiness.code).toBe(0);
    });

    it('every missing setting in one line naming flags and environment variables', async () => {
      const run = await cli(['status'], {
        KIBANA_URL: '',
        ELASTIC_USERNAME: '',
        ELASTIC_PASSWORD: '',
      });
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([
        'ssm-recon-rule status: missing --kibana-url (or KIBANA_URL); credentials: --api-key (or ELASTIC_API_KEY), ' +
          'or --username and --password (or ELASTIC_USERNAME and ELASTIC_PASSWORD)',
      ]);
    });
  });

  describe('--verbose', () => {
    /** "<product> <method> <path>" of every debug line about a request. */
    const requestLines = (stderr: string) =>
      stderr
        .split('\n')
        .filter((line) => line.includes(' DEBUG ') && line.includes(' → '))
        .map((line) => line.replace(/^.* DEBUG /, '').replace(/ → .*$/, ''));

    it('status logs each Kibana request exactly once', async () => {
      stack.emulator.clearRequestLog();
      const run = await cli(['status', '--verbose', '--rule', ruleFile]);
      expect(run.code).toBe(1);
      const sent = stack.emulator
        .requests()
        .map((r) => `Kibana ${r.method} ${r.url.replace(`/s/${NAMESPACE}`, '').split('?')[0]}`);
      expect(sent.length).toBeGreaterThan(1);
      expect(requestLines(run.stderr)).toEqual(sent);
    });

    it('readiness logs each Elasticsearch request once, never the credentials', async () => {
      const run = await cli(['readiness', '--verbose', '--rule', ruleFile]);
      expect(run.code).toBe(0);
      const lines = requestLines(run.stderr);
      expect(lines[0]).toBe('Elasticsearch GET /');
      expect(lines.slice(1).length).toBeGreaterThanOrEqual(2);
      expect(lines.every((line) => line.startsWith('Elasticsearch '))).toBe(true);
      expect(run.stderr).not.toMatch(/changeme|Basic |authorization/i);
    });
  });

  it('readiness text separates thousands ("1,234", never "1234")', async () => {
    const run = await cli(['readiness', '--rule', ruleFile]);
    expect(run.code).toBe(0);
    const summaries = run.stdout
      .split('\n')
      .filter((line) => line.includes(' — ') && line.includes('in the history window'));
    expect(summaries).toHaveLength(2);
    for (const line of summaries) {
      expect(line).toMatch(/— (at least )?\d{1,3}(,\d{3})* documents? in the history window/);
      expect(line).not.toMatch(/\d{4}/);
    }
  });
});
