import { FakeDetectionEngine } from '../../../test/support/detection_engine/fake_detection_engine';
import {
  BUNDLED,
  serviceContext,
} from '../../../test/support/detection_engine/fake_service_context';
import { deployableRule } from '../deploy/rule_copies';
import type { KibanaConnector } from '../detection_engine/detection_engine_client';
import { getNotifications } from './get_notifications';
import { defaultNotifyMessage } from './notify_message';
import { setNotification } from './set_notification';

const connector = (id: string, type: string, extra: Partial<KibanaConnector> = {}) => ({
  id,
  name: `${id} connector`,
  connector_type_id: type,
  is_preconfigured: false,
  is_deprecated: false,
  ...extra,
});
const SLACK = connector('slack', '.slack');
const WEBHOOK = connector('hook', '.webhook');
const EMAIL = connector('mail', '.email');

function deployed(options: ConstructorParameters<typeof FakeDetectionEngine>[0] = {}) {
  const engine = new FakeDetectionEngine({ connectors: [SLACK, WEBHOOK, EMAIL], ...options });
  const rule = engine.seed({ ...deployableRule(BUNDLED).customBody, enabled: true });
  return { engine, rule, ctx: serviceContext(engine) };
}

describe('defaultNotifyMessage', () => {
  it('names the rule’s new-terms fields, then the action and source, in Kibana’s action variables', () => {
    expect(defaultNotifyMessage(BUNDLED)).toBe(
      [
        '{{context.rule.name}}: {{state.signals_count}} new alert(s)',
        '{{#context.alerts}}',
        '- account {{cloud.account.id}}, user {{user.name}}, action {{event.action}}, source {{source.ip}}',
        '{{/context.alerts}}',
        'Open the alerts in Kibana Security: {{{context.results_link}}}',
      ].join('\n'),
    );
  });
});

describe('getNotifications', () => {
  it('lists the rule’s actions and the connectors, saying which the panel cannot write', async () => {
    const { ctx, rule } = deployed();
    const answer = await getNotifications(ctx);
    expect(answer.ruleId).toBe(rule.id);
    expect(answer.notifications).toEqual([]);
    expect(answer.connectors?.map((c) => [c.id, c.usable])).toEqual([
      ['slack', true],
      ['hook', true],
      ['mail', false],
    ]);
    expect(answer.connectors?.[2].reason).toMatch(/needs more than a message/);
  });

  it('still answers when the caller may not list connectors, with the reason', async () => {
    const { ctx } = deployed({ canListConnectors: false });
    const answer = await getNotifications(ctx);
    expect(answer.connectors).toBeNull();
    expect(answer.connectorsUnavailable).toMatch(/Actions and Connectors/);
  });
});

describe('setNotification', () => {
  it('adds, changes and removes one connector’s action, leaving others as they were', async () => {
    const { ctx, engine, rule } = deployed();
    const foreign = {
      id: 'hook',
      group: 'default',
      action_type_id: '.webhook',
      params: { body: 'made in Kibana' },
      frequency: { summary: true, notifyWhen: 'onThrottleInterval', throttle: '1h' },
      uuid: 'kept-uuid',
    };
    await engine.patchRule({ id: rule.id }, { actions: [foreign] });

    const added = await setNotification(ctx, {
      connectorId: 'slack',
      notify: { frequency: 'summary', message: 'hello' },
    });
    expect(added.notifications).toEqual([
      {
        connectorId: 'hook',
        connectorName: 'hook connector',
        connectorType: '.webhook',
        frequency: 'other',
        message: 'made in Kibana',
      },
      {
        connectorId: 'slack',
        connectorName: 'slack connector',
        connectorType: '.slack',
        frequency: 'summary',
        message: 'hello',
      },
    ]);
    const stored = engine.rules.get(rule.id)!.actions as Array<Record<string, unknown>>;
    expect(stored[0]).toEqual(foreign);
    expect(stored[1]).toMatchObject({
      id: 'slack',
      group: 'default',
      action_type_id: '.slack',
      params: { message: 'hello' },
      frequency: { summary: true, notifyWhen: 'onActiveAlert', throttle: null },
    });
    const uuid = stored[1].uuid;

    const changed = await setNotification(ctx, {
      connectorId: 'slack',
      notify: { frequency: 'per_alert', message: 'each' },
    });
    expect(changed.notifications[1]).toMatchObject({ frequency: 'per_alert', message: 'each' });
    const restored = engine.rules.get(rule.id)!.actions as Array<Record<string, unknown>>;
    expect(restored[1]).toMatchObject({
      uuid,
      frequency: { summary: false, notifyWhen: 'onActiveAlert', throttle: null },
    });

    const removed = await setNotification(ctx, { connectorId: 'slack', notify: null });
    expect(removed.notifications.map((n) => n.connectorId)).toEqual(['hook']);
    expect(engine.rules.get(rule.id)!.actions).toEqual([foreign]);
  });

  it('refuses clearly: no rule, unknown connector, a type it cannot write, no connector list', async () => {
    const notify = { frequency: 'summary' as const, message: 'hi' };
    const empty = serviceContext(new FakeDetectionEngine({ connectors: [SLACK] }));
    await expect(setNotification(empty, { connectorId: 'slack', notify })).rejects.toMatchObject({
      statusCode: 404,
      message: expect.stringMatching(/not deployed/),
    });
    const { ctx, engine } = deployed();
    await expect(setNotification(ctx, { connectorId: 'nope', notify })).rejects.toMatchObject({
      statusCode: 404,
      message: 'No connector nope in this space.',
    });
    await expect(setNotification(ctx, { connectorId: 'mail', notify })).rejects.toMatchObject({
      statusCode: 400,
      message: expect.stringMatching(/^mail connector: A \.email action needs more/),
    });
    engine.canListConnectors = false;
    await expect(setNotification(ctx, { connectorId: 'slack', notify })).rejects.toMatchObject({
      statusCode: 403,
    });
    expect(engine.calls).not.toContain('patch');
  });

  it('removes the action of a connector deleted since, and treats removing nothing as no change', async () => {
    const { ctx, engine, rule } = deployed();
    await setNotification(ctx, {
      connectorId: 'slack',
      notify: { frequency: 'summary', message: 'hi' },
    });
    engine.connectors = engine.connectors.filter((c) => c.id !== 'slack');
    const listed = await getNotifications(ctx);
    expect(listed.notifications).toEqual([
      expect.objectContaining({ connectorId: 'slack', connectorName: null }),
    ]);
    expect(
      (await setNotification(ctx, { connectorId: 'slack', notify: null })).notifications,
    ).toEqual([]);
    expect(engine.rules.get(rule.id)!.actions).toEqual([]);
    const patches = engine.calls.filter((call) => call === 'patch').length;
    await setNotification(ctx, { connectorId: 'slack', notify: null });
    expect(engine.calls.filter((call) => call === 'patch').length).toBe(patches);
  });

  it('passes Kibana’s 403 through for a caller who may not change rules, changing nothing', async () => {
    const { ctx, engine, rule } = deployed({ canWrite: false });
    await expect(
      setNotification(ctx, {
        connectorId: 'slack',
        notify: { frequency: 'summary', message: 'x' },
      }),
    ).rejects.toMatchObject({ statusCode: 403 });
    expect(engine.rules.get(rule.id)!.actions).toEqual([]);
  });
});
