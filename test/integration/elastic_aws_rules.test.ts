// Other Elastic AWS rules through the installed command: `payload <toml>` prints exactly the body Elastic ships
// for them, `hash` the version-lock hash, `validate` accepts them, and the cluster commands manage them with
// `--rule` against the Detection Engine emulator and the search engine; a rule type this project does not manage
// is one line and exit 1.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type {
  AlertsResponse,
  DeployResponse,
  ReadinessResponse,
  StatusResponse,
} from '../../common/api';
import integrations from '../../common/rules/integrations.json';
import versionLock from '../../common/rules/version_lock.json';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../support/integration/emulator_fixture';
import { runCli } from '../support/integration/run_cli';

const FIXTURES = path.resolve(__dirname, '../fixtures/rule/aws');

interface ShippedPair {
  toml: string;
  shipped: Record<string, unknown> & { rule_id: string; version: number };
}

/** Every TOML in the fixture folder with the shipped body whose rule_id it holds. */
function pairs(): ShippedPair[] {
  const files = readdirSync(FIXTURES);
  return files
    .filter((file) => file.endsWith('.toml'))
    .map((file) => {
      const toml = path.join(FIXTURES, file);
      const ruleId = /^rule_id = "([^"]+)"$/m.exec(readFileSync(toml, 'utf8'))?.[1];
      const body = files.find((f) => ruleId !== undefined && f.startsWith(`${ruleId}_`));
      if (!body) throw new Error(`no shipped body beside ${file}`);
      return {
        toml,
        shipped: JSON.parse(
          readFileSync(path.join(FIXTURES, body), 'utf8'),
        ) as ShippedPair['shipped'],
      };
    });
}

const cases = pairs().map((pair) => [path.basename(pair.toml), pair] as const);

/**
 * The shipped body with `related_integrations[].version` as this repository's table gives it: Elastic writes the
 * package range of the Kibana line each package release targets (`^1.5.0` in 2022, `^6.0.0` for 9.x), a build
 * input rather than part of the rule, and outside the version-lock hash that proves the rest byte for byte.
 */
function forOurKibanaLine(shipped: ShippedPair['shipped']): Record<string, unknown> {
  const ranges = integrations as Record<string, { version: string }>;
  const related = shipped.related_integrations as Array<{ package: string; version: string }>;
  return {
    ...shipped,
    related_integrations: related.map((r) => ({ ...r, version: ranges[r.package]?.version })),
  };
}

describe("Elastic's AWS rules", () => {
  it('has five shipped bodies to compare with, two of them with the setup cut out of the note', () => {
    expect(cases.length).toBe(5);
    const fromNote = cases.filter(([, { toml }]) =>
      readFileSync(toml, 'utf8').includes('## Setup'),
    );
    expect(fromNote.map(([, { shipped }]) => shipped.note)).toEqual(['', '']);
  });

  it.each(cases)('payload %s prints the shipped body', async (_, { toml, shipped }) => {
    const run = await runCli(['payload', toml], {});
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toEqual(forOurKibanaLine(shipped));
    // The file may also be named as the cluster commands name it.
    const asOption = await runCli(['payload', '--rule', toml], {});
    expect(asOption.stdout).toBe(run.stdout);
  });

  it.each(cases)("hash %s prints Elastic's version-lock hash", async (_, { toml, shipped }) => {
    const run = await runCli(['hash', toml], {});
    const lock = versionLock as Record<string, { sha256: string; version: number }>;
    expect(lock[shipped.rule_id]?.version).toBe(shipped.version);
    expect(run.stdout).toBe(`${lock[shipped.rule_id]?.sha256}\n`);
  });

  it.each(cases)('validate accepts %s', async (_, { toml }) => {
    const run = await runCli(['validate', toml], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/: valid \(rule_id .*, locked\)\n$/);
  });
});

describe('--rule with the cluster commands', () => {
  let fixture: EmulatorFixture;
  beforeAll(async () => {
    fixture = await startEmulatorFixture({ prebuiltPackage: 'empty' });
  }, 120_000);
  afterAll(() => fixture?.stop());

  const cli = (args: string[]) =>
    runCli(args, {
      ELASTICSEARCH_URL: process.env.ELASTICSEARCH_URL ?? '',
      KIBANA_URL: fixture.emulator.url,
      KIBANA_SPACE: 'awsrules',
      ELASTIC_USERNAME: 'elastic',
      ELASTIC_PASSWORD: 'changeme',
    });

  it.each(cases)(
    'deploy, status, readiness and alerts manage %s',
    async (_, { toml, shipped }) => {
      const deploy = await cli(['deploy', '--enable', '--json', '--rule', toml]);
      expect(deploy.code).toBe(0);
      expect(JSON.parse(deploy.stdout) as DeployResponse).toMatchObject({
        action: 'created_custom',
      });
      const status = await cli(['status', '--json', '--rule', toml]);
      const body = JSON.parse(status.stdout) as StatusResponse;
      expect(body.rule.name).toBe(shipped.name);
      expect(body.deployed).not.toBeNull();
      const readiness = await cli(['readiness', '--json', '--rule', toml]);
      expect([0, 1]).toContain(readiness.code);
      expect(
        (JSON.parse(readiness.stdout) as ReadinessResponse).patterns.map((p) => p.pattern),
      ).toEqual(shipped.index);
      const alerts = await cli(['alerts', '--json', '--rule', toml]);
      expect(alerts.code).toBe(0);
      expect((JSON.parse(alerts.stdout) as AlertsResponse).ruleDeployed).toBe(true);
    },
    180_000,
  );
});

describe('a rule type this project does not manage', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'threshold-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is one line and exit 1 from payload and validate', async () => {
    const [{ toml }] = pairs();
    const threshold = readFileSync(toml, 'utf8')
      .replace('type = "new_terms"', 'type = "threshold"')
      .replace(
        '[rule.new_terms]',
        '[rule.threshold]\nfield = ["user.name"]\nvalue = 25\n\n[rule.new_terms]',
      );
    const file = path.join(dir, 'threshold.toml');
    await writeFile(file, threshold);
    for (const command of ['payload', 'validate']) {
      const run = await runCli([command, file], {});
      expect(run.code).toBe(1);
      const lines = `${run.stdout}${run.stderr}`.trim().split('\n');
      expect(lines).toEqual([
        `${file}: rule.type: rule type "threshold" is not supported here (supported: new_terms, query)`,
      ]);
    }
  });
});
