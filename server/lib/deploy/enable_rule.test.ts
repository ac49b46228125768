import { FakeDetectionEngine } from '../../../test/support/detection_engine/fake_detection_engine';
import { deployableRule } from './rule_copies';
import { silentLogger } from '../logger';
import { loadBundledRule } from '../rule_files';
import type { ElasticsearchClient, ServiceContext } from '../service_context';
import { setRuleEnabled } from './enable_rule';

let definition: ServiceContext['rule'];
beforeAll(async () => {
  definition = (await loadBundledRule()).definition;
});

const context = (detectionEngine: FakeDetectionEngine): ServiceContext => ({
  detectionEngine,
  elasticsearch: {} as ElasticsearchClient,
  rule: definition,
  spaceId: 'default',
  logger: silentLogger,
  now: () => new Date(),
});

describe('setRuleEnabled', () => {
  it('answers 404 when the rule is not deployed', async () => {
    await expect(setRuleEnabled(context(new FakeDetectionEngine()), true)).rejects.toMatchObject({
      statusCode: 404,
    });
  });

  it('enables and disables the deployed copy through a bulk action', async () => {
    const engine = new FakeDetectionEngine();
    const rule = engine.seed({
      ...deployableRule(definition).customBody,
      enabled: false,
      revision: 2,
    });
    expect(await setRuleEnabled(context(engine), true)).toEqual({
      id: rule.id,
      ruleId: rule.rule_id,
      enabled: true,
      changed: true,
    });
    expect(engine.rules.get(rule.id)).toMatchObject({ enabled: true, revision: 2 });
    expect(engine.calls).toEqual(['find', 'enable']);
    expect((await setRuleEnabled(context(engine), true)).changed).toBe(false);
    expect((await setRuleEnabled(context(engine), false)).changed).toBe(true);
  });

  it('gives a reader 403 whether or not the state would change', async () => {
    const engine = new FakeDetectionEngine({ canWrite: false });
    engine.seed({ ...deployableRule(definition).customBody, enabled: false });
    await expect(setRuleEnabled(context(engine), true)).rejects.toMatchObject({ statusCode: 403 });
    await expect(setRuleEnabled(context(engine), false)).rejects.toMatchObject({ statusCode: 403 });
  });
});
