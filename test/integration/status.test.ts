// Integration: the status service against the Detection Engine emulator and the embedded engine, one verdict
// per real emulator state. The rule reads indices private to this file, so other suites' data cannot interfere.
import type { Client } from '@elastic/elasticsearch';
import type { RuleDefinition } from '../../server/lib/rule';
import { deployRule } from '../../server/lib/deploy/deploy_rule';
import { loadBundledRule } from '../../server/lib/rule_files';
import type { ServiceContext } from '../../server/lib/service_context';
import { getRuleStatus } from '../../server/lib/status/get_rule_status';
import { createTestEsClient } from '../stack/engine/test_client';
import { startEmulator, type RunningEmulator } from '../stack/kibana';
import { emulatorServiceContext } from '../support/integration/service_context';
import { ExecutionApiCache } from '../../server/lib/detection_engine/http_detection_engine_client';
import { setRuleEnabled } from '../../server/lib/deploy/enable_rule';

const PREFIX = 'f1-status';
const LOGS = `${PREFIX}-logs-1`;
const NO_INGESTED = `${PREFIX}-legacy-1`;
const SPACE = 'status-it';
const START = new Date('2025-06-01T12:00:00.000Z');

let esClient: Client;
let definition: RuleDefinition;
let clock: Date;

/** The bundled rule, reading this file's private indices instead of the shared CloudTrail patterns. */
function isolatedRule(bundled: RuleDefinition): RuleDefinition {
  return {
    ...bundled,
    rule: { ...bundled.rule, index: [`${PREFIX}-logs-*`, `${PREFIX}-legacy-*`] },
  };
}

const MAPPED_FIELDS = {
  '@timestamp': { type: 'date' },
  'data_stream.dataset': { type: 'keyword' },
  'event.provider': { type: 'keyword' },
  'event.action': { type: 'keyword' },
  'event.outcome': { type: 'keyword' },
  'aws.cloudtrail.user_identity.type': { type: 'keyword' },
  'aws.cloudtrail.request_parameters': { type: 'keyword' },
  'cloud.account.id': { type: 'keyword' },
  'user.name': { type: 'keyword' },
} as const;

async function createIndex(index: string, withIngested: boolean): Promise<void> {
  await esClient.indices.delete({ index, ignore_unavailable: true });
  await esClient.indices.create({
    index,
    settings: { number_of_replicas: 0 },
    mappings: {
      properties: withIngested
        ? { ...MAPPED_FIELDS, 'event.ingested': { type: 'date' } }
        : { ...MAPPED_FIELDS },
    },
  });
}

/** One memory per emulator: a reused port must not inherit another emulator's execution-results API. */
const memories = new WeakMap<RunningEmulator, ExecutionApiCache>();

function context(emulator: RunningEmulator, username = 'elastic'): ServiceContext {
  const memory = memories.get(emulator) ?? new ExecutionApiCache();
  memories.set(emulator, memory);
  return emulatorServiceContext({
    kibanaUrl: emulator.url,
    elasticsearch: esClient,
    rule: definition,
    spaceId: SPACE,
    username,
    now: () => clock,
    executionApiCache: memory,
  });
}

/** The one request an older Kibana answers 404 on purpose: the probe for the newer execution-results API. */
const isHistoryProbe = (request: { method: string; url: string; status: number }) =>
  request.method === 'POST' && request.status === 404 && request.url.includes('/execution/results');

async function withEmulator(
  options: { executionResultsApi?: 'post' | 'get' },
  body: (emulator: RunningEmulator) => Promise<void>,
): Promise<void> {
  const emulator = await startEmulator({
    esClient,
    prebuiltPackage: 'empty',
    now: () => clock,
    ...options,
  });
  try {
    await body(emulator);
    expect(emulator.rejectedRequests()).toEqual([]);
    if (options.executionResultsApi === 'get') {
      // Feature detection: exactly one probe of the POST form (a plain 404 there), then the GET form only.
      const history = emulator.requests().filter((r) => r.url.includes('/execution/results'));
      expect(history.filter(isHistoryProbe)).toHaveLength(1);
      expect(
        history
          .filter((r) => !isHistoryProbe(r))
          .every((r) => r.method === 'GET' && r.status === 200),
      ).toBe(true);
    }
  } finally {
    await emulator.stop();
  }
}

beforeAll(async () => {
  esClient = createTestEsClient();
  definition = isolatedRule((await loadBundledRule()).definition);
  await createIndex(LOGS, true);
  await esClient.index({
    index: LOGS,
    refresh: true,
    document: {
      '@timestamp': START.toISOString(),
      'event.ingested': START.toISOString(),
      'data_stream.dataset': 'aws.cloudtrail',
      'event.provider': 'sts.amazonaws.com',
      'event.action': 'GetCallerIdentity',
      'event.outcome': 'success',
    },
  });
});

afterAll(async () => {
  await esClient.indices.delete({ index: `${PREFIX}-*`, ignore_unavailable: true });
  await esClient.close();
});

beforeEach(async () => {
  clock = new Date(START);
  await esClient.indices.delete({ index: NO_INGESTED, ignore_unavailable: true });
});

describe('rule status against the emulator', () => {
  it('not deployed', async () => {
    await withEmulator({}, async (emulator) => {
      const status = await getRuleStatus(context(emulator));
      expect(status).toMatchObject({
        deployed: null,
        verdict: 'not_deployed',
        capabilities: { canWrite: true },
      });
      expect(status.causes.map((c) => c.code)).toEqual(['not_deployed']);
    });
  });

  it('disabled, then healthy after a clean run (history through the POST API)', async () => {
    await withEmulator({ executionResultsApi: 'post' }, async (emulator) => {
      const ctx = context(emulator);
      await deployRule(ctx, {});
      const disabled = await getRuleStatus(ctx);
      expect(disabled).toMatchObject({
        verdict: 'disabled',
        deployed: { copy: 'custom', enabled: false },
      });

      await setRuleEnabled(ctx, true);
      await emulator.runRules();
      const healthy = await getRuleStatus(ctx);
      expect(healthy).toMatchObject({
        verdict: 'healthy',
        stale: false,
        deployed: { enabled: true, upgradeAvailable: false },
        lastExecution: { status: 'succeeded', date: START.toISOString() },
        history: { available: true },
      });
      expect(healthy.history.items).toHaveLength(1);
      expect(healthy.history.items[0].status).toBe('succeeded');
      expect(healthy.causes).toEqual([]);
    });
  });

  it('reads history through the older GET API too', async () => {
    await withEmulator({ executionResultsApi: 'get' }, async (emulator) => {
      const ctx = context(emulator);
      await deployRule(ctx, { enable: true });
      await emulator.runRules();
      const status = await getRuleStatus(ctx);
      expect(status.history.available).toBe(true);
      expect(status.history.items.map((item) => item.status)).toEqual(['succeeded']);
      expect((await getRuleStatus(ctx)).history.items).toHaveLength(1);
    });
  });

  it('warning with the timestamp-override message, explained with a fix', async () => {
    await createIndex(NO_INGESTED, false);
    await withEmulator({}, async (emulator) => {
      const ctx = context(emulator);
      await deployRule(ctx, { enable: true });
      await emulator.runRules();
      const status = await getRuleStatus(ctx);
      expect(status.verdict).toBe('warning');
      expect(status.lastExecution).toMatchObject({ status: 'partial failure' });
      expect(status.lastExecution?.message).toMatch(
        /^The following indices are missing the timestamp override field "event.ingested"/,
      );
      const cause = status.causes.find((c) => c.code === 'missing_timestamp_override');
      expect(cause).toMatchObject({ severity: 'warning' });
      expect(cause?.detail).toContain(NO_INGESTED);
      expect(cause?.fix).toContain('event.ingested');
    });
  });

  it('failing when runs were missed, stale when the rule stops running', async () => {
    await withEmulator({}, async (emulator) => {
      const ctx = context(emulator);
      await deployRule(ctx, { enable: true });
      await emulator.runRules();

      clock = new Date(START.getTime() + 11 * 60_000);
      const stale = await getRuleStatus(ctx);
      expect(stale).toMatchObject({ verdict: 'stale', stale: true });
      expect(stale.causes[0].code).toBe('stale');

      clock = new Date(START.getTime() + 3_600_000);
      await emulator.runRules();
      const failing = await getRuleStatus(ctx);
      expect(failing).toMatchObject({
        verdict: 'failing',
        stale: false,
        lastExecution: { status: 'failed' },
      });
      expect(failing.causes.map((c) => c.code)).toContain('execution_gap');
    });
  });

  it('the analyst reads the status and is told why they cannot change the rule', async () => {
    await withEmulator({}, async (emulator) => {
      await deployRule(context(emulator), {});
      const status = await getRuleStatus(context(emulator, 'analyst'));
      expect(status.verdict).toBe('disabled');
      expect(status.capabilities).toEqual({
        canWrite: false,
        reason: expect.stringMatching(/can read detection rules but not change them/),
      });
      expect(status.causes.find((c) => c.code === 'disabled')?.fix).toMatch(
        /Ask an administrator with rule write privileges .* to enable the rule/,
      );
    });
  });
});
