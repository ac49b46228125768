// Integration: enabling and disabling the deployed rule through the emulator, as each demo user.
import { deployRule } from '../../server/lib/deploy/deploy_rule';
import { getRuleStatus } from '../../server/lib/status/get_rule_status';
import { kibanaCall } from '../stack/kibana/testing/kibana_call';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../support/integration/emulator_fixture';
import { deployableRule, type DeployableRule } from '../../server/lib/deploy/rule_copies';
import { setRuleEnabled } from '../../server/lib/deploy/enable_rule';

let stack: EmulatorFixture;
let bundled: DeployableRule;
let spaceCounter = 0;
const freshSpace = () => `enable-it-${++spaceCounter}`;

const context = (spaceId: string, username = 'elastic') => stack.context(spaceId, { username });

async function deployedRule(space: string): Promise<Record<string, unknown>> {
  const answer = await kibanaCall(stack.emulator.url, {
    path: '/api/detection_engine/rules',
    space,
    query: { rule_id: bundled.customRuleId },
  });
  expect(answer.status).toBe(200);
  return answer.body;
}

beforeAll(async () => {
  stack = await startEmulatorFixture({ prebuiltPackage: 'empty' });
  bundled = deployableRule(stack.rule);
});

afterAll(async () => {
  await stack?.stop();
});

afterEach(() => expect(stack.emulator.rejectedRequests()).toEqual([]));

describe('setRuleEnabled against the emulator', () => {
  it('answers 404 before the rule is deployed', async () => {
    await expect(setRuleEnabled(context(freshSpace()), true)).rejects.toMatchObject({
      statusCode: 404,
    });
  });

  it('enables and disables without touching the revision; repeating is a no-op', async () => {
    const space = freshSpace();
    await deployRule(context(space), {});
    const before = await deployedRule(space);

    const enabled = await setRuleEnabled(context(space), true);
    expect(enabled).toEqual({
      id: before.id,
      ruleId: bundled.customRuleId,
      enabled: true,
      changed: true,
    });
    expect(await deployedRule(space)).toMatchObject({ enabled: true, revision: before.revision });

    expect((await setRuleEnabled(context(space), true)).changed).toBe(false);
    expect(await setRuleEnabled(context(space), false)).toMatchObject({
      enabled: false,
      changed: true,
    });
    expect((await deployedRule(space)).enabled).toBe(false);
  });

  it('the analyst gets 403 and the rule stays as it was', async () => {
    const space = freshSpace();
    await deployRule(context(space), {});
    await expect(setRuleEnabled(context(space, 'analyst'), true)).rejects.toMatchObject({
      statusCode: 403,
    });
    await expect(setRuleEnabled(context(space, 'analyst'), false)).rejects.toMatchObject({
      statusCode: 403,
    });
    expect((await deployedRule(space)).enabled).toBe(false);
  });

  it('a rule enabled by a user whose key cannot read the logs warns, and status explains why', async () => {
    const space = freshSpace();
    await deployRule(context(space), {});
    await setRuleEnabled(context(space, 'nologs'), true);
    await stack.emulator.runRules();
    const status = await getRuleStatus(context(space));
    expect(status.verdict).toBe('warning');
    expect(status.causes[0]).toMatchObject({ code: 'missing_read_privileges', severity: 'danger' });
    expect(status.causes[0].fix).toMatch(/re-enable/);
  });
});
