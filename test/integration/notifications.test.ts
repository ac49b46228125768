// Integration: notifications on the deployed rule through the emulator, as each demo user — a Slack action set
// from the panel's route lands in the rule's `actions` as Kibana stores them, survives a redeploy and an upgrade,
// can be changed and removed, and an analyst can neither list connectors nor change it.
import { deployRule } from '../../server/lib/deploy/deploy_rule';
import { deployableRule, type DeployableRule } from '../../server/lib/deploy/rule_copies';
import { getNotifications } from '../../server/lib/notifications/get_notifications';
import { setNotification } from '../../server/lib/notifications/set_notification';
import { basicAuthorization } from '../stack/kibana';
import { kibanaCall } from '../stack/kibana/testing/kibana_call';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../support/integration/emulator_fixture';

const RULES = '/api/detection_engine/rules';
const SPACES = ['notify-it-1', 'notify-it-2', 'notify-it-3'];
const SLACK = { id: 'secops-slack', name: 'SecOps Slack', connector_type_id: '.slack' };

let stack: EmulatorFixture;
let bundled: DeployableRule;

const context = (spaceId: string, username = 'elastic') => stack.context(spaceId, { username });

async function storedRule(space: string): Promise<Record<string, unknown>> {
  const answer = await kibanaCall(stack.emulator.url, {
    path: RULES,
    space,
    query: { rule_id: bundled.customRuleId },
  });
  expect(answer.status).toBe(200);
  return answer.body;
}

beforeAll(async () => {
  stack = await startEmulatorFixture({
    prebuiltPackage: 'empty',
    connectors: SPACES.map((space) => ({ ...SLACK, space })),
  });
  bundled = deployableRule(stack.rule);
});

afterAll(async () => {
  await stack?.stop();
});

afterEach(() => expect(stack.emulator.rejectedRequests()).toEqual([]));

describe('notifications against the emulator', () => {
  it('adds a Slack action with the default message, kept by a redeploy', async () => {
    const [space] = SPACES;
    await deployRule(context(space), {});
    const before = await getNotifications(context(space));
    expect(before.connectors).toEqual([
      { id: SLACK.id, name: SLACK.name, type: '.slack', usable: true, reason: null },
    ]);

    const answer = await setNotification(context(space), {
      connectorId: SLACK.id,
      notify: { frequency: 'summary', message: before.defaultMessage },
    });
    expect(answer.notifications).toEqual([
      {
        connectorId: SLACK.id,
        connectorName: SLACK.name,
        connectorType: '.slack',
        frequency: 'summary',
        message: before.defaultMessage,
      },
    ]);
    const [action] = (await storedRule(space)).actions as Array<Record<string, unknown>>;
    expect(action).toMatchObject({
      id: SLACK.id,
      group: 'default',
      action_type_id: '.slack',
      params: { message: before.defaultMessage },
      frequency: { summary: true, notifyWhen: 'onActiveAlert', throttle: null },
    });

    expect((await deployRule(context(space), {})).action).toBe('unchanged');
    expect((await deployRule(context(space), { overwrite: true })).action).toBe('unchanged');
    expect((await storedRule(space)).actions).toEqual([action]);
  });

  it('keeps the action through an upgrade of an older copy, then changes and removes it', async () => {
    const space = SPACES[1];
    const older = await kibanaCall(stack.emulator.url, {
      method: 'POST',
      path: RULES,
      space,
      body: {
        ...bundled.customBody,
        version: bundled.version - 1,
        query: 'event.dataset:aws.cloudtrail and event.action:GetInventory\n',
        enabled: false,
      },
    });
    expect(older.status).toBe(200);
    await setNotification(context(space), {
      connectorId: SLACK.id,
      notify: {
        frequency: 'per_alert',
        message: 'New SSM reader {{#context.alerts}}{{user.name}}{{/context.alerts}}',
      },
    });
    const [action] = (await storedRule(space)).actions as Array<Record<string, unknown>>;

    const upgrade = await deployRule(context(space), {});
    expect(upgrade.action).toBe('updated_custom');
    const upgraded = await storedRule(space);
    expect(upgraded.version).toBe(bundled.version);
    expect(upgraded.actions).toEqual([action]);

    const changed = await setNotification(context(space), {
      connectorId: SLACK.id,
      notify: { frequency: 'summary', message: 'Summary' },
    });
    expect(changed.notifications[0]).toMatchObject({ frequency: 'summary', message: 'Summary' });
    const [kept] = (await storedRule(space)).actions as Array<Record<string, unknown>>;
    expect(kept.uuid).toBe(action.uuid);

    await setNotification(context(space), { connectorId: SLACK.id, notify: null });
    expect((await storedRule(space)).actions).toEqual([]);
  });

  it('the analyst sees the actions but cannot list connectors or change the action', async () => {
    const space = SPACES[2];
    await deployRule(context(space), {});
    await setNotification(context(space), {
      connectorId: SLACK.id,
      notify: { frequency: 'summary', message: 'Admin message' },
    });
    const before = await storedRule(space);

    const seen = await getNotifications(context(space, 'analyst'));
    expect(seen.connectors).toBeNull();
    expect(seen.connectorsUnavailable).toMatch(/Actions and Connectors/);
    expect(seen.notifications).toEqual([
      expect.objectContaining({
        connectorId: SLACK.id,
        connectorName: null,
        message: 'Admin message',
      }),
    ]);

    stack.emulator.clearRequestLog();
    await expect(
      setNotification(context(space, 'analyst'), { connectorId: SLACK.id, notify: null }),
    ).rejects.toMatchObject({ statusCode: 403 });
    expect(stack.emulator.requests().filter((r) => r.method !== 'GET')).toEqual([]);
    // Even with a connector it names by id, Kibana refuses the analyst's rule change itself.
    const direct = await kibanaCall(stack.emulator.url, {
      method: 'PATCH',
      path: RULES,
      space,
      authorization: basicAuthorization('analyst'),
      body: { rule_id: bundled.customRuleId, actions: [] },
    });
    expect(direct.status).toBe(403);
    expect(await storedRule(space)).toEqual(before);
  });
});
