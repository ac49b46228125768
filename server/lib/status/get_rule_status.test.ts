import { FakeDetectionEngine } from '../../../test/support/detection_engine/fake_detection_engine';
import { silentLogger } from '../logger';
import { loadBundledRule } from '../rule_files';
import type { ElasticsearchClient, ServiceContext } from '../service_context';
import { getRuleStatus } from './get_rule_status';
import { deployableRule, type DeployableRule } from '../deploy/rule_copies';

const NOW = new Date('2025-06-01T12:00:00Z');
let bundled: DeployableRule;
let definition: ServiceContext['rule'];

beforeAll(async () => {
  definition = (await loadBundledRule()).definition;
  bundled = deployableRule(definition);
});

const context = (detectionEngine: FakeDetectionEngine): ServiceContext => ({
  detectionEngine,
  elasticsearch: {} as ElasticsearchClient,
  rule: definition,
  spaceId: 'default',
  logger: silentLogger,
  now: () => NOW,
});

/** Makes each upstream call take a while and records when calls start and end, to count round trips. */
function slowCalls(engine: FakeDetectionEngine, ms = 30): string[] {
  const events: string[] = [];
  const slow =
    <A extends unknown[], R>(name: string, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      events.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      const result = await call(...args);
      events.push(`end ${name}`);
      return result;
    };
  engine.findRulesByRuleId = slow('find', engine.findRulesByRuleId.bind(engine));
  engine.getExecutionResults = slow('history', engine.getExecutionResults.bind(engine));
  engine.bulkAction = slow('access', engine.bulkAction.bind(engine));
  return events;
}

describe('status in one round trip', () => {
  it('sends the history and write-access calls beside the _find when the rule id is known', async () => {
    const engine = new FakeDetectionEngine();
    engine.seed({ ...bundled.customBody, enabled: true });
    const events = slowCalls(engine);
    const status = await getRuleStatus(context(engine));
    expect(status.deployed?.copy).toBe('custom');
    // Every call starts before the first one ends.
    expect(events.slice(0, 3).sort()).toEqual(['start access', 'start find', 'start history']);
  });

  it('asks again, after the _find, when the remembered id belongs to a replaced copy', async () => {
    const engine = new FakeDetectionEngine();
    const current = engine.seed({ ...bundled.customBody, enabled: true });
    engine.knownRuleId = () => 'replaced-id';
    const events = slowCalls(engine);
    const asked: string[] = [];
    const history = engine.getExecutionResults;
    engine.getExecutionResults = (id, query) => {
      asked.push(id);
      return history(id, query);
    };
    const status = await getRuleStatus(context(engine));
    expect(status.deployed?.id).toBe(current.id);
    expect(asked).toEqual(['replaced-id', current.id]);
    expect(events.indexOf('end find')).toBeLessThan(events.lastIndexOf('start history'));
  });

  it('asks after the _find when nothing is known yet (the first status in a process)', async () => {
    const engine = new FakeDetectionEngine();
    engine.seed({ ...bundled.customBody, enabled: true });
    engine.knownRuleId = () => null;
    const events = slowCalls(engine);
    await getRuleStatus(context(engine));
    expect(events.slice(0, 2)).toEqual(['start find', 'end find']);
  });
});

describe('getRuleStatus', () => {
  it('reports a rule that is not deployed, with the bundled summary', async () => {
    const engine = new FakeDetectionEngine();
    const status = await getRuleStatus(context(engine));
    expect(status).toMatchObject({
      checkedAt: NOW.toISOString(),
      deployed: null,
      lastExecution: null,
      verdict: 'not_deployed',
      stale: false,
      capabilities: { canWrite: true, reason: null },
    });
    expect(status.rule).toMatchObject({
      ruleId: bundled.ruleId,
      customRuleId: bundled.customRuleId,
      bundledVersion: 3,
      indexPatterns: bundled.payload.index,
    });
    expect(status.rule.threat[0].tactic.id).toMatch(/^TA/);
    expect(engine.calls).toEqual(['find', 'disable:dry']);
  });

  it('reports the copy, versions, last run and history of a healthy prebuilt rule', async () => {
    const engine = new FakeDetectionEngine({
      executionResults: {
        available: true,
        api: 'get',
        total: 1,
        items: [
          {
            timestamp: '2025-06-01T11:58:00Z',
            status: 'succeeded',
            message: 'ok',
            durationMs: 40,
            alertsCreated: 0,
            gapDurationS: 0,
          },
        ],
      },
    });
    engine.seed({
      ...bundled.payload,
      version: 2,
      enabled: true,
      revision: 4,
      rule_source: { type: 'external', is_customized: false },
      execution_summary: {
        last_execution: {
          date: '2025-06-01T11:58:00Z',
          status: 'succeeded',
          status_order: 0,
          message: 'Rule execution completed successfully',
          metrics: {
            total_search_duration_ms: 30,
            total_indexing_duration_ms: 2,
            execution_gap_duration_s: 0,
          },
        },
      },
    });
    const status = await getRuleStatus(context(engine));
    expect(status.deployed).toMatchObject({
      copy: 'prebuilt',
      version: 2,
      revision: 4,
      enabled: true,
      upgradeAvailable: true,
      interval: '5m',
    });
    expect(status.lastExecution).toEqual({
      date: '2025-06-01T11:58:00Z',
      status: 'succeeded',
      message: 'Rule execution completed successfully',
      searchDurationMs: 30,
      indexingDurationMs: 2,
      gapDurationS: 0,
    });
    expect(status.history).toEqual({ available: true, items: engine.executionResults.items });
    expect(status.verdict).toBe('healthy');
    expect(status.causes.map((c) => c.code)).toEqual(['upgrade_available']);
  });

  it('tells a reader why they cannot write', async () => {
    const engine = new FakeDetectionEngine({ canWrite: false });
    engine.seed({ ...bundled.customBody, enabled: false });
    const status = await getRuleStatus(context(engine));
    expect(status.verdict).toBe('disabled');
    expect(status.capabilities.canWrite).toBe(false);
    expect(status.capabilities.reason).toMatch(/can read detection rules but not change them/);
  });

  it('is stale when an enabled rule has not run for two intervals', async () => {
    const engine = new FakeDetectionEngine({
      executionResults: { available: false, api: 'none', total: 0, items: [] },
    });
    engine.seed({
      ...bundled.customBody,
      enabled: true,
      interval: '5m',
      execution_summary: {
        last_execution: {
          date: '2025-06-01T11:30:00Z',
          status: 'succeeded',
          message: 'ok',
          metrics: {},
        },
      },
    });
    const status = await getRuleStatus(context(engine));
    expect(status).toMatchObject({
      stale: true,
      verdict: 'stale',
      history: { available: false, items: [] },
    });
    expect(status.causes[0].code).toBe('stale');
  });

  it('reports both copies when a custom copy sits beside the prebuilt one', async () => {
    const engine = new FakeDetectionEngine();
    engine.seed({ ...bundled.payload, enabled: false });
    engine.seed({ ...bundled.customBody, enabled: false });
    const status = await getRuleStatus(context(engine));
    expect(status.deployed?.copy).toBe('prebuilt');
    expect(status.causes.map((c) => c.code)).toContain('duplicate_copies');
  });

  describe('words the fixes that need write access for who reads them', () => {
    const ASK_ADMIN =
      /^(Check the data readiness below\. )?Ask an administrator with rule write privileges \(the Security Rules "All" privilege\) to /;

    async function fixes(canWrite: boolean, seed?: Parameters<FakeDetectionEngine['seed']>[0]) {
      const engine = new FakeDetectionEngine({ canWrite });
      if (seed) engine.seed(seed);
      const status = await getRuleStatus(context(engine));
      expect(status.capabilities.canWrite).toBe(canWrite);
      return Object.fromEntries(status.causes.map((cause) => [cause.code, cause.fix]));
    }

    it('tells an administrator to deploy it from the panel', async () => {
      expect(await fixes(true)).toEqual({
        not_deployed:
          'Deploy it from this panel (or with `ssm-recon-rule deploy`); it is installed disabled unless you enable it.',
      });
    });

    it('tells a read-only user to ask an administrator to deploy it', async () => {
      const { not_deployed: fix } = await fixes(false);
      expect(fix).toBe(
        'Ask an administrator with rule write privileges (the Security Rules "All" privilege) to deploy it ' +
          'from this panel; your role can read the rule but not change it.',
      );
    });

    it('keeps enabling and upgrading a custom copy for administrators', async () => {
      const older = { ...bundled.customBody, version: bundled.version - 1, enabled: false };
      expect(await fixes(true, older)).toEqual({
        disabled: 'Check the data readiness below, then enable the rule.',
        upgrade_available:
          'Deploy again from this panel to upgrade the custom copy (your enabled state, exceptions and actions are kept).',
      });
    });

    it('asks an administrator to enable or upgrade a custom copy for a read-only user', async () => {
      const older = { ...bundled.customBody, version: bundled.version - 1, enabled: false };
      const { disabled, upgrade_available: upgrade } = await fixes(false, older);
      expect(disabled).toMatch(ASK_ADMIN);
      expect(disabled).toMatch(/Check the data readiness below\. .* to enable the rule;/);
      expect(upgrade).toMatch(ASK_ADMIN);
      expect(upgrade).toMatch(/to deploy again from this panel to upgrade the custom copy;/);
    });
  });
});
