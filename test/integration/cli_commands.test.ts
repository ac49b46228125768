// The cluster commands of `ssm-recon-rule` against the test stack: JSON and text output, exit codes 0/1/2,
// one-line errors, and the caller's own credentials (an analyst cannot deploy).
import { execFile } from 'node:child_process';
import path from 'node:path';
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

const ROOT = path.resolve(__dirname, '../..');
const NAMESPACE = 'clicmd';

let stack: NamespacedStack;
let ruleFile: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, 'bin/ssm-recon-rule.js'), ...args],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          ELASTICSEARCH_URL: process.env.ELASTICSEARCH_URL ?? '',
          KIBANA_URL: stack.emulator.url,
          KIBANA_SPACE: NAMESPACE,
          ELASTIC_USERNAME: 'elastic',
          ELASTIC_PASSWORD: 'changeme',
          ...env,
        },
      },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
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

  it('a cluster that does not answer is exit 2 with a one-line error, no stack trace', async () => {
    const run = await cli(['status', '--rule', ruleFile], { KIBANA_URL: 'http://127.0.0.1:9' });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
