// Integration: the deploy service against the Detection Engine emulator (validated against Kibana's OpenAPI
// files) — prebuilt install, custom copy, idempotence, twenty concurrent deploys, drift, upgrades, privileges.
import { deployRule } from '../../server/lib/deploy/deploy_rule';
import { DriftError } from '../../server/lib/errors';
import { basicAuthorization } from '../stack/kibana';
import { kibanaCall } from '../stack/kibana/testing/kibana_call';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../support/integration/emulator_fixture';
import {
  deployableRule,
  type DeployableRule,
  MANAGED_TAG,
} from '../../server/lib/deploy/rule_copies';

const RULES = '/api/detection_engine/rules';
let bundled: DeployableRule;
let withRule: EmulatorFixture;
let empty: EmulatorFixture;
let spaceCounter = 0;

/** A fresh space per test: one emulator per package, isolated rule sets. */
const freshSpace = () => `deploy-it-${++spaceCounter}`;

const context = (fixture: EmulatorFixture, spaceId: string, username = 'elastic') =>
  fixture.context(spaceId, { username });

/** Every rule in the space carrying either of the bundled rule's ids, straight from the emulator. */
async function rulesIn(
  fixture: EmulatorFixture,
  space: string,
): Promise<Array<Record<string, unknown>>> {
  const answer = await kibanaCall(fixture.emulator.url, {
    path: `${RULES}/_find`,
    space,
    query: {
      per_page: '100',
      filter: `alert.attributes.params.ruleId:"${bundled.ruleId}" OR alert.attributes.params.ruleId:"${bundled.customRuleId}"`,
    },
  });
  expect(answer.status).toBe(200);
  return answer.body.data as Array<Record<string, unknown>>;
}

const writes = (fixture: EmulatorFixture) =>
  fixture.emulator
    .requests()
    .filter(
      (r) => r.method !== 'GET' && !r.url.includes('dry_run=true') && !r.url.includes('/_review'),
    );

beforeAll(async () => {
  withRule = await startEmulatorFixture({ prebuiltPackage: 'with-rule', enabledDefault: true });
  empty = await startEmulatorFixture({
    prebuiltPackage: 'empty',
    enabledDefault: true,
    // Named by the actions of the older copy below; preconfigured connectors exist in every space.
    connectors: [
      { id: 'slack-connector', name: 'Slack', connector_type_id: '.slack', is_preconfigured: true },
    ],
  });
  bundled = deployableRule(withRule.rule);
});

afterAll(async () => {
  await withRule?.stop();
  await empty?.stop();
});

afterEach(() => {
  expect(withRule.emulator.rejectedRequests()).toEqual([]);
  expect(empty.emulator.rejectedRequests()).toEqual([]);
});

describe('deploy on a cluster whose package has the rule', () => {
  it('installs the prebuilt copy disabled; a second call changes nothing', async () => {
    const space = freshSpace();
    const first = await deployRule(context(withRule, space), {});
    expect(first).toMatchObject({
      action: 'installed_prebuilt',
      copy: 'prebuilt',
      rule: { ruleId: bundled.ruleId, version: 3, enabled: false },
    });
    const [rule] = await rulesIn(withRule, space);
    expect(rule).toMatchObject({
      rule_id: bundled.ruleId,
      enabled: false,
      rule_source: { type: 'external' },
    });

    withRule.emulator.clearRequestLog();
    const second = await deployRule(context(withRule, space), {});
    expect(second.action).toBe('unchanged');
    expect(writes(withRule)).toEqual([]);
    expect(await rulesIn(withRule, space)).toHaveLength(1);
  });

  it('enables it only when asked', async () => {
    const space = freshSpace();
    const result = await deployRule(context(withRule, space), { enable: true });
    expect(result).toMatchObject({
      action: 'installed_prebuilt',
      enabledChanged: true,
      rule: { enabled: true },
    });
    expect((await rulesIn(withRule, space))[0].enabled).toBe(true);
  });

  it('twenty concurrent deploys leave exactly one rule', async () => {
    const space = freshSpace();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => deployRule(context(withRule, space), { enable: true })),
    );
    expect(await rulesIn(withRule, space)).toHaveLength(1);
    expect(results.filter((r) => r.action === 'installed_prebuilt')).toHaveLength(1);
    expect(new Set(results.map((r) => r.rule.id)).size).toBe(1);
  });

  // A deploy that found no copy and then asked for the prebuilt review after another deploy had installed the
  // rule was no longer offered it, and created a custom copy beside it: every alert would have fired twice.
  it('parallel first deploys never leave the prebuilt rule and a custom copy side by side', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const space = freshSpace();
      // Staggered starts, as requests arrive over HTTP: later ones find no copy yet but review after an install.
      const results = await Promise.all(
        Array.from({ length: 30 }, async (_, index) => {
          await new Promise((resolve) => setTimeout(resolve, index * 4));
          return deployRule(context(withRule, space), {});
        }),
      );
      const rules = await rulesIn(withRule, space);
      expect(rules.map((rule) => rule.rule_id)).toEqual([bundled.ruleId]);
      expect(results.every((r) => r.copy === 'prebuilt' && r.rule.id === rules[0].id)).toBe(true);
      expect(results.filter((r) => r.action === 'installed_prebuilt')).toHaveLength(1);
    }
  });
});

describe('deploy on a cluster with an empty package', () => {
  it('creates the custom copy under our rule_id with enabled as asked; then changes nothing', async () => {
    const space = freshSpace();
    const created = await deployRule(context(empty, space), { enable: true });
    expect(created).toMatchObject({
      action: 'created_custom',
      copy: 'custom',
      rule: { ruleId: bundled.customRuleId, version: 3, enabled: true },
    });
    const [rule] = await rulesIn(empty, space);
    expect(rule).toMatchObject({
      rule_id: bundled.customRuleId,
      enabled: true,
      rule_source: { type: 'internal' },
      query: bundled.payload.query,
      note: bundled.payload.note,
    });
    expect(rule.tags).toContain(MANAGED_TAG);

    empty.emulator.clearRequestLog();
    expect((await deployRule(context(empty, space), {})).action).toBe('unchanged');
    expect(writes(empty)).toEqual([]);

    const disabled = freshSpace();
    await deployRule(context(empty, disabled), {});
    expect((await rulesIn(empty, disabled))[0].enabled).toBe(false);
  });

  it('twenty concurrent deploys leave exactly one custom rule (the 409 race)', async () => {
    const space = freshSpace();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => deployRule(context(empty, space), {})),
    );
    expect(await rulesIn(empty, space)).toHaveLength(1);
    expect(results.filter((r) => r.action === 'created_custom')).toHaveLength(1);
  });

  it('refuses a managed field edited in Kibana without overwrite, naming it, and restores it with overwrite', async () => {
    const space = freshSpace();
    await deployRule(context(empty, space), { enable: true });
    const edit = await kibanaCall(empty.emulator.url, {
      method: 'PATCH',
      path: RULES,
      space,
      body: { rule_id: bundled.customRuleId, severity: 'low', version: bundled.version },
    });
    expect(edit.status).toBe(200);

    const refused = await deployRule(context(empty, space), {}).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DriftError);
    expect((refused as DriftError).toBody()).toMatchObject({
      statusCode: 409,
      attributes: {
        drift: [{ field: 'severity', deployed: 'low', bundled: bundled.payload.severity }],
      },
    });
    expect((await rulesIn(empty, space))[0].severity).toBe('low');

    const fixed = await deployRule(context(empty, space), { overwrite: true });
    expect(fixed).toMatchObject({ action: 'updated_custom', changes: [{ field: 'severity' }] });
    expect((await rulesIn(empty, space))[0]).toMatchObject({
      severity: bundled.payload.severity,
      enabled: true,
    });
  });

  it('upgrades an older custom copy, keeping enabled, exceptions and actions', async () => {
    const space = freshSpace();
    const exceptions = [
      { id: 'exc-1', list_id: 'ssm-allowlist', type: 'detection', namespace_type: 'single' },
    ];
    const actions = [
      {
        group: 'default',
        id: 'slack-connector',
        action_type_id: '.slack',
        params: { message: 'new user' },
      },
    ];
    const older = await kibanaCall(empty.emulator.url, {
      method: 'POST',
      path: RULES,
      space,
      body: {
        ...bundled.customBody,
        version: 2,
        query:
          'event.dataset:aws.cloudtrail and event.action:(GetInventory or ListInventoryEntries)\n',
        enabled: true,
        exceptions_list: exceptions,
        actions,
      },
    });
    expect(older.status).toBe(200);

    const result = await deployRule(context(empty, space), {});
    expect(result.action).toBe('updated_custom');
    expect(result.changes.map((c) => c.field).sort()).toEqual(['query', 'version']);
    const [rule] = await rulesIn(empty, space);
    expect(rule).toMatchObject({
      version: 3,
      query: bundled.payload.query,
      enabled: true,
      exceptions_list: exceptions,
    });
    expect(rule.actions).toEqual([
      expect.objectContaining({ id: 'slack-connector', group: 'default' }),
    ]);
    expect((await deployRule(context(empty, space), {})).action).toBe('unchanged');
  });

  it('plans without writing on a dry run', async () => {
    const space = freshSpace();
    empty.emulator.clearRequestLog();
    const plan = await deployRule(context(empty, space), { dryRun: true, enable: true });
    expect(plan).toMatchObject({ action: 'created_custom', dryRun: true, rule: { id: null } });
    expect(writes(empty)).toEqual([]);
    expect(await rulesIn(empty, space)).toEqual([]);
  });
});

describe('privileges', () => {
  it('the analyst gets 403 on deploy (new, unchanged, prebuilt) but may plan', async () => {
    const space = freshSpace();
    await expect(deployRule(context(empty, space, 'analyst'), {})).rejects.toMatchObject({
      statusCode: 403,
    });
    await expect(deployRule(context(withRule, space, 'analyst'), {})).rejects.toMatchObject({
      statusCode: 403,
    });
    expect(await rulesIn(empty, space)).toEqual([]);
    expect(await rulesIn(withRule, space)).toEqual([]);

    await deployRule(context(empty, space), {});
    await expect(deployRule(context(empty, space, 'analyst'), {})).rejects.toMatchObject({
      statusCode: 403,
    });
    expect((await deployRule(context(empty, space, 'analyst'), { dryRun: true })).action).toBe(
      'unchanged',
    );
    // Nothing the analyst sent went out with more privilege than theirs.
    const analystWrites = writes(empty).filter((r) => r.username === 'analyst');
    expect(analystWrites.every((r) => r.status === 403)).toBe(true);
    expect(basicAuthorization('analyst')).not.toBe(basicAuthorization('elastic'));
  });
});
