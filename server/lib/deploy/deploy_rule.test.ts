import { DriftError, HttpError } from '../errors';
import { FakeDetectionEngine } from '../../../test/support/detection_engine/fake_detection_engine';
import { silentLogger } from '../logger';
import { loadBundledRule } from '../rule_files';
import type { ElasticsearchClient, ServiceContext } from '../service_context';
import { deployRule } from './deploy_rule';
import type { KibanaRule } from '../detection_engine/detection_engine_client';
import { deployableRule, type DeployableRule, MANAGED_TAG } from './rule_copies';

let bundled: DeployableRule;
let definition: ServiceContext['rule'];

beforeAll(async () => {
  definition = (await loadBundledRule()).definition;
  bundled = deployableRule(definition);
});

function context(detectionEngine: FakeDetectionEngine): ServiceContext {
  return {
    detectionEngine,
    elasticsearch: {} as ElasticsearchClient,
    rule: definition,
    spaceId: 'default',
    logger: silentLogger,
    now: () => new Date('2025-06-01T12:00:00Z'),
  };
}

/** A package holding Elastic's body of the bundled rule, as Kibana's prebuilt assets do. */
const withRule = () => new FakeDetectionEngine({ prebuiltPackage: [{ ...bundled.payload }] });

/** The custom copy as Kibana would return it after our create: plus Kibana's own additions. */
function seedCustom(engine: FakeDetectionEngine, fields: Record<string, unknown> = {}): KibanaRule {
  return engine.seed({
    ...bundled.customBody,
    enabled: false,
    setup: '',
    max_signals: 100,
    required_fields: bundled.payload.required_fields.map((f) => ({ ...f })),
    ...fields,
  });
}

describe('deployRule', () => {
  it('installs the prebuilt copy, disabled, when the package offers it; a second call changes nothing', async () => {
    const engine = withRule();
    const first = await deployRule(context(engine), {});
    expect(first).toMatchObject({
      action: 'installed_prebuilt',
      copy: 'prebuilt',
      dryRun: false,
      enabledChanged: false,
      rule: { ruleId: bundled.ruleId, version: 3, enabled: false },
    });
    expect(engine.calls).toEqual(['find', 'review', 'perform']);
    engine.calls.length = 0;
    const second = await deployRule(context(engine), {});
    expect(second.action).toBe('unchanged');
    expect(engine.calls).toEqual(['find', 'disable:dry']);
    expect(engine.rules.size).toBe(1);
  });

  it('refuses overwrite on an edited prebuilt copy instead of answering "up to date", and changes nothing', async () => {
    const engine = withRule();
    await deployRule(context(engine), {});
    const [installed] = [...engine.rules.values()];
    await engine.patchRule({ id: installed.id }, { note: 'Our own guide' });
    engine.calls.length = 0;
    await expect(
      deployRule(context(engine), { overwrite: true, enable: true }),
    ).rejects.toMatchObject({
      statusCode: 409,
      message: expect.stringMatching(/was edited in Kibana \(note\).*cannot restore it/),
    });
    expect(engine.calls).toEqual(['find']);
    const [after] = [...engine.rules.values()];
    expect(after).toMatchObject({ note: 'Our own guide', enabled: false });
    // Without overwrite the edited copy is simply managed, as before.
    expect((await deployRule(context(engine), {})).action).toBe('unchanged');
  });

  it('enables the installed prebuilt copy when asked', async () => {
    const engine = withRule();
    const result = await deployRule(context(engine), { enable: true });
    expect(result).toMatchObject({
      action: 'installed_prebuilt',
      enabledChanged: true,
      rule: { enabled: true },
    });
    expect([...engine.rules.values()][0].enabled).toBe(true);
  });

  it('creates the custom copy under our rule_id with enabled as asked when the package is empty', async () => {
    const engine = new FakeDetectionEngine();
    const result = await deployRule(context(engine), { enable: true });
    expect(result).toMatchObject({
      action: 'created_custom',
      copy: 'custom',
      rule: { ruleId: bundled.customRuleId, enabled: true },
    });
    const [rule] = engine.rules.values();
    expect(rule.rule_id).toBe(bundled.customRuleId);
    expect(rule.rule_id).not.toBe(bundled.ruleId);
    expect(rule.tags).toContain(MANAGED_TAG);
    expect(rule.enabled).toBe(true);
    expect(rule.query).toBe(bundled.payload.query);

    const disabled = new FakeDetectionEngine();
    await deployRule(context(disabled), {});
    expect([...disabled.rules.values()][0].enabled).toBe(false);
  });

  it('does not see drift in what Kibana adds to a rule (ecs flags, defaults)', async () => {
    const engine = new FakeDetectionEngine();
    seedCustom(engine);
    expect((await deployRule(context(engine), {})).action).toBe('unchanged');
  });

  it('leaves exactly one rule after twenty concurrent deploys (custom copy)', async () => {
    const engine = new FakeDetectionEngine();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => deployRule(context(engine), { enable: true })),
    );
    expect(engine.rules.size).toBe(1);
    expect(results.filter((r) => r.action === 'created_custom')).toHaveLength(1);
    expect(results.filter((r) => r.action === 'unchanged')).toHaveLength(19);
    expect([...engine.rules.values()][0].enabled).toBe(true);
  });

  it('leaves exactly one rule after twenty concurrent deploys (prebuilt copy)', async () => {
    const engine = withRule();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => deployRule(context(engine), {})),
    );
    expect(engine.rules.size).toBe(1);
    expect(results.filter((r) => r.action === 'installed_prebuilt')).toHaveLength(1);
  });

  it('refuses a managed field edited in Kibana without overwrite, naming it', async () => {
    const engine = new FakeDetectionEngine();
    seedCustom(engine, { severity: 'low', enabled: true });
    const error = await deployRule(context(engine), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DriftError);
    expect((error as DriftError).drift).toEqual([
      { field: 'severity', deployed: 'low', bundled: bundled.payload.severity },
    ]);
    expect((error as DriftError).statusCode).toBe(409);
    expect(engine.calls).not.toContain('patch');
  });

  it('with overwrite, patches only the drifted fields (and version), keeping enabled, exceptions and actions', async () => {
    const engine = new FakeDetectionEngine();
    const exceptions = [{ id: 'list', list_id: 'l', type: 'detection', namespace_type: 'single' }];
    const actions = [{ group: 'default', id: 'connector', action_type_id: '.email', params: {} }];
    const seeded = seedCustom(engine, {
      severity: 'low',
      enabled: true,
      exceptions_list: exceptions,
      actions,
    });
    const result = await deployRule(context(engine), { overwrite: true });
    expect(result.action).toBe('updated_custom');
    expect(result.changes.map((c) => c.field)).toEqual(['severity']);
    const rule = engine.rules.get(seeded.id) as KibanaRule;
    expect(rule).toMatchObject({
      severity: bundled.payload.severity,
      enabled: true,
      exceptions_list: exceptions,
      actions,
    });
  });

  it('upgrades an older custom copy: only managed fields, enabled/exceptions/actions untouched', async () => {
    const engine = new FakeDetectionEngine();
    const exceptions = [{ id: 'list', list_id: 'l', type: 'detection', namespace_type: 'single' }];
    const seeded = seedCustom(engine, {
      version: 2,
      query: 'event.dataset:aws.cloudtrail and event.action:GetInventory\n',
      enabled: true,
      exceptions_list: exceptions,
      note: 'edited guide',
    });
    const patches: Array<Record<string, unknown>> = [];
    const patch = engine.patchRule.bind(engine);
    engine.patchRule = async (ref, fields) => {
      patches.push({ ...fields });
      return patch(ref, fields);
    };
    const result = await deployRule(context(engine), {});
    expect(result.action).toBe('updated_custom');
    expect(Object.keys(patches[0]).sort()).toEqual(['note', 'query', 'version']);
    const rule = engine.rules.get(seeded.id) as KibanaRule;
    expect(rule).toMatchObject({
      version: 3,
      query: bundled.payload.query,
      enabled: true,
      exceptions_list: exceptions,
    });
    expect((await deployRule(context(engine), {})).action).toBe('unchanged');
  });

  it('plans without writing on a dry run', async () => {
    const engine = new FakeDetectionEngine();
    const result = await deployRule(context(engine), { dryRun: true, enable: true });
    expect(result).toMatchObject({
      action: 'created_custom',
      dryRun: true,
      rule: { id: null, enabled: true },
    });
    expect(result.message).toMatch(/^Would create/);
    expect(engine.rules.size).toBe(0);
    // Not offered: the copies are looked up again before planning a custom copy (a concurrent install).
    expect(engine.calls).toEqual(['find', 'review', 'find']);

    seedCustom(engine, { version: 2, name: 'Old name' });
    const upgrade = await deployRule(context(engine), { dryRun: true });
    expect(upgrade).toMatchObject({ action: 'updated_custom', dryRun: true });
    expect(upgrade.changes.map((c) => c.field)).toEqual(['name', 'version']);
    expect(engine.calls).not.toContain('patch');
  });

  it('a reader gets 403, even when nothing would change', async () => {
    const engine = new FakeDetectionEngine({ canWrite: false });
    await expect(deployRule(context(engine), {})).rejects.toMatchObject({ statusCode: 403 });
    seedCustom(engine);
    await expect(deployRule(context(engine), {})).rejects.toMatchObject({ statusCode: 403 });
    // Planning is reading: allowed.
    expect((await deployRule(context(engine), { dryRun: true })).action).toBe('unchanged');
  });

  it('never puts a custom copy beside an installed prebuilt one, nor the reverse', async () => {
    const engine = withRule();
    await deployRule(context(engine), {});
    const error = await deployRule(context(engine), { source: 'bundled' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).statusCode).toBe(409);

    const custom = new FakeDetectionEngine({ prebuiltPackage: [{ ...bundled.payload }] });
    seedCustom(custom);
    await expect(deployRule(context(custom), { source: 'prebuilt' })).rejects.toMatchObject({
      statusCode: 409,
    });
    expect((await deployRule(context(custom), {})).copy).toBe('custom');
  });

  it('answers 404 for source prebuilt when the package lacks the rule; bundled skips the package', async () => {
    await expect(
      deployRule(context(new FakeDetectionEngine()), { source: 'prebuilt' }),
    ).rejects.toMatchObject({
      statusCode: 404,
    });
    const engine = withRule();
    expect((await deployRule(context(engine), { source: 'bundled' })).action).toBe(
      'created_custom',
    );
    expect(engine.calls).not.toContain('review');
  });
});
