// Contract: the in-memory Detection Engine fake the service unit tests use and the emulator (which checks every
// request against Kibana's OpenAPI files) answer the same DetectionEngineClient scenarios the same way, so the
// fake cannot drift from the model of Kibana the integration tests trust. The emulator is reached through the
// real HTTP client, as the hosts reach Kibana.
import type { Client } from '@elastic/elasticsearch';
import type {
  DetectionEngineClient,
  KibanaRule,
} from '../../server/lib/detection_engine/detection_engine_client';
import {
  ExecutionApiCache,
  HttpDetectionEngineClient,
} from '../../server/lib/detection_engine/http_detection_engine_client';
import { KibanaApiError } from '../../server/lib/detection_engine/kibana_api_error';
import { KibanaTransport } from '../../server/lib/detection_engine/kibana_transport';
import { createTestEsClient } from '../stack/engine/test_client';
import { basicAuthorization, startEmulator, type RunningEmulator } from '../stack/kibana';
import { bundledRuleAssets } from '../stack/kibana/prebuilt/bundled_rule_assets';
import type { PrebuiltAsset } from '../stack/kibana/prebuilt/prebuilt_package';
import { FakeDetectionEngine } from '../support/detection_engine/fake_detection_engine';

/** One Kibana space as a scenario sees it: a client that may write rules, and the same space for a reader. */
interface Space {
  client: DetectionEngineClient;
  /** A client with rules-read only; the fake turns its one client read-only, so use only this one after. */
  asReader(): DetectionEngineClient;
}

interface Target {
  name: string;
  openSpace(): Space;
}

let esClient: Client;
let emulator: RunningEmulator;
let prebuilt: PrebuiltAsset;
let spaceCounter = 0;

/** One connector every space has (preconfigured, as in kibana.yml). */
const CONNECTOR = {
  id: 'contract-slack',
  name: 'Contract Slack',
  connector_type_id: '.slack',
  is_preconfigured: true,
  is_deprecated: false,
};

beforeAll(async () => {
  [prebuilt] = await bundledRuleAssets();
  esClient = createTestEsClient();
  emulator = await startEmulator({
    esClient,
    prebuiltPackage: [prebuilt],
    connectors: [CONNECTOR],
  });
});

afterAll(async () => {
  await emulator?.stop();
  await esClient?.close();
});

// A request Kibana would have refused as malformed means the HTTP client, not the models, is under test.
afterEach(() => expect(emulator.rejectedRequests()).toEqual([]));

function emulatorClient(spaceId: string, username: string): DetectionEngineClient {
  const transport = new KibanaTransport({
    // Every scenario has a space of its own, never `default`, so the path always carries it.
    baseUrl: `${emulator.url}/s/${spaceId}`,
    authHeaders: { authorization: basicAuthorization(username) },
    timeoutMs: 30_000,
  });
  return new HttpDetectionEngineClient({
    transport,
    spaceId,
    executionApiCache: new ExecutionApiCache(),
  });
}

const TARGETS: Target[] = [
  {
    name: 'the in-memory fake',
    openSpace() {
      const fake = new FakeDetectionEngine({
        spaceId: `contract-${++spaceCounter}`,
        prebuiltPackage: [
          { ...prebuilt.attributes, rule_id: prebuilt.rule_id, version: prebuilt.version },
        ],
        connectors: [CONNECTOR],
      });
      return {
        client: fake,
        asReader: () => {
          // The demo reader (analyst) holds rules-read only: no rule writes, no Actions and Connectors read.
          fake.canWrite = false;
          fake.canListConnectors = false;
          return fake;
        },
      };
    },
  },
  {
    name: 'the emulator over HTTP',
    openSpace() {
      const spaceId = `contract-${++spaceCounter}`;
      return {
        client: emulatorClient(spaceId, 'elastic'),
        asReader: () => emulatorClient(spaceId, 'analyst'),
      };
    },
  },
];

/** A custom rule: the prebuilt body under a rule_id of its own, as the deploy service creates one. */
function customBody(ruleId: string, enabled = false) {
  return { ...prebuilt.attributes, rule_id: ruleId, name: `Custom ${ruleId}`, enabled };
}

async function failure(
  promise: Promise<unknown>,
): Promise<{ statusCode: number; upstream: unknown }> {
  const error: unknown = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof KibanaApiError))
    throw new Error(`expected a KibanaApiError, got ${String(error)}`);
  return { statusCode: error.statusCode, upstream: error.upstreamStatus };
}

describe.each(TARGETS)('Detection Engine contract: $name', (target) => {
  let space: Space;
  let client: DetectionEngineClient;

  beforeEach(() => {
    space = target.openSpace();
    client = space.client;
  });

  it('finds rules by rule_id: unknown ids are absent, created ones are found', async () => {
    expect(await client.findRulesByRuleId(['absent-rule'])).toEqual([]);
    const created = await client.createRule(customBody('custom-find'));
    await client.createRule(customBody('custom-other'));

    const found = await client.findRulesByRuleId(['custom-find', 'absent-rule']);
    expect(found.map((rule) => [rule.id, rule.rule_id])).toEqual([[created.id, 'custom-find']]);
  });

  it('reads a rule by saved-object id or by rule_id, and null for an unknown one', async () => {
    const created = await client.createRule(customBody('custom-read'));
    expect((await client.readRule({ id: created.id }))?.rule_id).toBe('custom-read');
    expect((await client.readRule({ ruleId: 'custom-read' }))?.id).toBe(created.id);
    expect(await client.readRule({ ruleId: 'absent-rule' })).toBeNull();
  });

  it('creates a custom rule at revision 0 with the given enabled flag, and refuses a taken rule_id with 409', async () => {
    const created = await client.createRule(customBody('custom-create', true));
    expect(created).toMatchObject({
      rule_id: 'custom-create',
      name: 'Custom custom-create',
      enabled: true,
      revision: 0,
      immutable: false,
      rule_source: { type: 'internal' },
      // The body leaves the schedule out: Kibana's defaults fill it in.
      interval: '5m',
      from: 'now-6m',
    });
    expect(await failure(client.createRule(customBody('custom-create')))).toEqual({
      statusCode: 409,
      upstream: 409,
    });
  });

  it('patches only the given fields, a real change bumps the revision; an unknown rule is a 404', async () => {
    const created = await client.createRule(customBody('custom-patch'));
    const patched = await client.patchRule({ ruleId: 'custom-patch' }, { tags: ['patched'] });
    expect(patched).toMatchObject({
      id: created.id,
      rule_id: 'custom-patch',
      tags: ['patched'],
      name: created.name,
      enabled: false,
      revision: (created.revision ?? 0) + 1,
    });
    expect((await client.readRule({ id: created.id }))?.tags).toEqual(['patched']);

    // Only a real change of a parameter is a new revision; `enabled` never is.
    const same = await client.patchRule({ id: created.id }, { tags: ['patched'] });
    expect(same.revision).toBe(patched.revision);
    const switched = await client.patchRule({ id: created.id }, { enabled: true });
    expect(pickState(switched)).toEqual({
      id: created.id,
      enabled: true,
      revision: patched.revision,
    });
    expect(await failure(client.patchRule({ ruleId: 'absent-rule' }, { tags: [] }))).toEqual({
      statusCode: 404,
      upstream: 404,
    });
  });

  it('enables and disables in bulk by id without a revision bump; a dry run changes nothing', async () => {
    const created = await client.createRule(customBody('custom-bulk'));
    const dry = await client.bulkAction('enable', { ids: [created.id] }, { dryRun: true });
    expect(dry.summary).toEqual({ total: 1, succeeded: 1, failed: 0, skipped: 0 });
    expect(dry.errors).toEqual([]);
    expect((await client.readRule({ id: created.id }))?.enabled).toBe(false);

    const enabled = await client.bulkAction('enable', { ids: [created.id] });
    expect(enabled.summary).toEqual({ total: 1, succeeded: 1, failed: 0, skipped: 0 });
    expect(enabled.updated.map(pickState)).toEqual([
      { id: created.id, enabled: true, revision: created.revision },
    ]);
    expect(pickState(await readOrFail(client, created.id))).toEqual({
      id: created.id,
      enabled: true,
      revision: created.revision,
    });

    const disabled = await client.bulkAction('disable', { ids: [created.id] });
    expect(disabled.updated.map(pickState)).toEqual([
      { id: created.id, enabled: false, revision: created.revision },
    ]);
  });

  it('counts a rule already in the asked state as done, and reports an unknown id as a failure', async () => {
    const created = await client.createRule(customBody('custom-bulk-again', true));
    const again = await client.bulkAction('enable', { ids: [created.id] });
    expect({ summary: again.summary, errors: again.errors }).toEqual({
      summary: { total: 1, succeeded: 1, failed: 0, skipped: 0 },
      errors: [],
    });
    const unknown = await client.bulkAction('disable', { ids: ['absent-id'] });
    expect(unknown.summary).toEqual({ total: 1, succeeded: 0, failed: 1, skipped: 0 });
    expect(unknown.errors.map((error) => [error.statusCode, error.ruleIds])).toEqual([
      [500, ['absent-id']],
    ]);
  });

  it('marks an installed prebuilt rule as customized once a patch changes it', async () => {
    const [installed] = (
      await client.performPrebuiltInstallation([
        { ruleId: prebuilt.rule_id, version: prebuilt.version },
      ])
    ).installed;
    const patched = await client.patchRule({ id: installed.id }, { tags: ['local'] });
    expect(patched.rule_source).toMatchObject({ type: 'external', is_customized: true });
  });

  it('reviews and installs the prebuilt rule: offered once, installed disabled and immutable, then skipped', async () => {
    expect(await client.prebuiltStatus()).toEqual({
      installed: 0,
      toInstall: 1,
      toUpgrade: 0,
      totalInPackage: 1,
    });
    expect(await client.reviewPrebuiltInstallation(prebuilt.rule_id)).toEqual({
      ruleId: prebuilt.rule_id,
      version: prebuilt.version,
      name: prebuilt.attributes.name,
    });
    expect(await client.reviewPrebuiltInstallation('absent-rule')).toBeNull();

    const wanted = [{ ruleId: prebuilt.rule_id, version: prebuilt.version }];
    const first = await client.performPrebuiltInstallation(wanted);
    expect(first.skipped).toEqual([]);
    expect(first.errors).toEqual([]);
    expect(first.installed).toHaveLength(1);
    expect(first.installed[0]).toMatchObject({
      rule_id: prebuilt.rule_id,
      version: prebuilt.version,
      enabled: false,
      immutable: true,
      rule_source: { type: 'external', is_customized: false },
    });

    expect(await client.prebuiltStatus()).toEqual({
      installed: 1,
      toInstall: 0,
      toUpgrade: 0,
      totalInPackage: 1,
    });
    expect(await client.reviewPrebuiltInstallation(prebuilt.rule_id)).toBeNull();
    const again = await client.performPrebuiltInstallation(wanted);
    expect(again).toEqual({
      installed: [],
      skipped: [{ ruleId: prebuilt.rule_id, reason: 'ALREADY_INSTALLED' }],
      errors: [],
    });
  });

  it('reports a prebuilt version the package does not hold as an error inside the answer', async () => {
    const result = await client.performPrebuiltInstallation([
      { ruleId: prebuilt.rule_id, version: prebuilt.version + 1 },
    ]);
    expect(result.installed).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.errors.map((error) => error.ruleIds)).toEqual([[prebuilt.rule_id]]);
  });

  it('answers a reader 403 on every write, leaving the rule as it was, while reads still work', async () => {
    const created = await client.createRule(customBody('custom-reader'));
    const reader = space.asReader();
    const forbidden = { statusCode: 403, upstream: 403 };
    expect(await failure(reader.createRule(customBody('custom-reader-2')))).toEqual(forbidden);
    expect(await failure(reader.patchRule({ id: created.id }, { tags: ['x'] }))).toEqual(forbidden);
    expect(await failure(reader.bulkAction('enable', { ids: [created.id] }))).toEqual(forbidden);
    expect(
      await failure(
        reader.performPrebuiltInstallation([
          { ruleId: prebuilt.rule_id, version: prebuilt.version },
        ]),
      ),
    ).toEqual(forbidden);
    expect(pickState(await readOrFail(reader, created.id))).toEqual(pickState(created));
    expect(await reader.findRulesByRuleId(['custom-reader-2'])).toEqual([]);
  });

  it('gives a rule that never ran an empty history from the newer POST API', async () => {
    const created = await client.createRule(customBody('custom-history'));
    const now = new Date();
    expect(
      await client.getExecutionResults(created.id, {
        from: new Date(now.getTime() - 86_400_000),
        to: now,
        perPage: 10,
      }),
    ).toEqual({ available: true, api: 'post', total: 0, items: [] });
  });

  it('searches a space without alerts and finds none', async () => {
    const answer = await client.searchSignals({
      size: 10,
      track_total_hits: true,
      query: { match_all: {} },
    });
    expect(answer.hits.hits).toEqual([]);
    expect(answer.hits.total).toEqual({ value: 0, relation: 'eq' });
  });

  it('lists connectors, stores an action with its type, a uuid and a summary per run, refuses an unknown one', async () => {
    expect((await client.listConnectors()).map((c) => [c.id, c.connector_type_id])).toEqual([
      [CONNECTOR.id, '.slack'],
    ]);
    const created = await client.createRule(customBody('contract-actions'));
    const action = {
      group: 'default',
      id: CONNECTOR.id,
      action_type_id: '.slack',
      params: { message: 'hi' },
    };
    const patched = await client.patchRule({ id: created.id }, { actions: [action] });
    const [stored] = patched.actions as Array<Record<string, unknown>>;
    expect(stored).toMatchObject({
      ...action,
      frequency: { summary: true, notifyWhen: 'onActiveAlert', throttle: null },
    });
    expect(typeof stored.uuid).toBe('string');
    expect(
      await failure(
        client.patchRule({ id: created.id }, { actions: [{ ...action, id: 'no-such-connector' }] }),
      ),
    ).toEqual({ statusCode: 404, upstream: 404 });
    expect((await readOrFail(client, created.id)).actions).toEqual([stored]);
  });

  it('refuses a reader the connector list (no Actions and Connectors read)', async () => {
    expect(await failure(space.asReader().listConnectors())).toEqual({
      statusCode: 403,
      upstream: 403,
    });
  });
});

function pickState(rule: KibanaRule) {
  return { id: rule.id, enabled: rule.enabled, revision: rule.revision };
}

async function readOrFail(client: DetectionEngineClient, id: string): Promise<KibanaRule> {
  const rule = await client.readRule({ id });
  if (!rule) throw new Error(`rule ${id} is gone`);
  return rule;
}
