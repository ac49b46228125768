// Integration: the guide service against the Detection Engine emulator — the bundled note until the rule is
// deployed, then the deployed rule's note, including edits made in Kibana; readable by the read-only analyst.
import type { RuleDefinition } from '../../server/lib/rule';
import { deployRule } from '../../server/lib/deploy/deploy_rule';
import { getGuide } from '../../server/lib/guide/get_guide';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../support/integration/emulator_fixture';

const SPACE = 'guide-it';

let stack: EmulatorFixture;
let definition: RuleDefinition;

const context = (username = 'elastic') => stack.context(SPACE, { username });

beforeAll(async () => {
  stack = await startEmulatorFixture({ prebuiltPackage: 'with-rule' });
  definition = stack.rule;
});

afterAll(async () => {
  await stack?.stop();
});

describe('the investigation guide', () => {
  it('is the bundled note while nothing is deployed', async () => {
    const guide = await getGuide(context('analyst'));
    expect(guide).toEqual({
      source: 'bundled',
      ruleName: definition.rule.name,
      note: definition.rule.note,
      investigationFields: definition.rule.investigation_fields?.field_names,
      references: definition.rule.references,
    });
  });

  it("is the deployed rule's note once Elastic's prebuilt copy is installed", async () => {
    await deployRule(context(), {});
    const guide = await getGuide(context('analyst'));
    expect(guide.source).toBe('deployed');
    expect(guide.note).toBe(definition.rule.note);
    expect(guide.ruleName).toBe(definition.rule.name);
  });

  it('follows edits made in Kibana to the note and the investigation fields', async () => {
    const engine = context().detectionEngine;
    const [deployed] = await engine.findRulesByRuleId([definition.rule.rule_id]);
    const edited = `${definition.rule.note ?? ''}\n### Our runbook\n\n- Page the cloud on-call.\n`;
    await engine.patchRule(
      { id: deployed.id },
      { note: edited, investigation_fields: { field_names: ['user.name', 'source.ip'] } },
    );
    const guide = await getGuide(context('analyst'));
    expect(guide).toMatchObject({
      source: 'deployed',
      note: edited,
      investigationFields: ['user.name', 'source.ip'],
      references: definition.rule.references,
    });
    expect(stack.emulator.rejectedRequests()).toEqual([]);
  });
});
