import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { NotifyRequest } from '../../../common/api';
import {
  afterNotify,
  noNotifications,
  SLACK_CONNECTOR,
  slackNotification,
} from '../../../test/support/panel/answers/notifications_responses';
import {
  healthyStatus,
  notDeployedStatus,
  readOnly,
} from '../../../test/support/panel/answers/status_responses';
import { failure, ok } from '../../../test/support/panel/fake_http';
import { renderHeader } from '../../../test/support/panel/render_header';

const notifyBodies = (http: ReturnType<typeof renderHeader>['http']) =>
  http.calls
    .filter((call) => call.path.endsWith('/notify'))
    .map((call) => JSON.parse(call.options.body ?? '{}') as NotifyRequest);

describe('Notify', () => {
  it('adds a Slack notification with the default message and a summary per run', async () => {
    const { http, toasts } = renderHeader({
      status: ok(healthyStatus()),
      notifications: ok(noNotifications()),
      notify: (options) => ok(afterNotify(JSON.parse(options.body ?? '{}') as NotifyRequest)),
    });
    fireEvent.click(await screen.findByTestId('notifyButton'));
    // Nothing is asked for before the control is opened.
    const flyout = await screen.findByTestId('notifyFlyout');
    expect(await within(flyout).findByTestId('notifyNone')).toHaveTextContent('Nobody is notified');
    const select = within(flyout).getByTestId('notifyConnector') as HTMLSelectElement;
    expect(select.value).toBe(SLACK_CONNECTOR.id);
    // The email connector is listed but cannot be chosen here.
    expect(within(select).getByRole('option', { name: 'SOC mailbox (.email)' })).toBeDisabled();
    expect(within(flyout).getByLabelText('One summary per rule run')).toBeChecked();
    expect((within(flyout).getByTestId('notifyMessage') as HTMLTextAreaElement).value).toBe(
      noNotifications().defaultMessage,
    );

    fireEvent.click(within(flyout).getByTestId('notifySave'));
    await waitFor(() =>
      expect(notifyBodies(http)).toEqual([
        {
          connectorId: SLACK_CONNECTOR.id,
          notify: { frequency: 'summary', message: noNotifications().defaultMessage },
        },
      ]),
    );
    expect(await within(flyout).findByTestId('notifyEntry')).toHaveTextContent(
      'SecOps Slack (.slack): One summary per rule run',
    );
    expect(toasts.shown).toContainEqual(
      expect.objectContaining({
        kind: 'success',
        title: 'SecOps Slack will be notified when the rule fires',
      }),
    );
    expect(http.calls.filter((call) => call.path.endsWith('/notifications'))).toHaveLength(1);
  });

  it('changes the frequency and message of an existing notification, and removes it', async () => {
    const before = slackNotification();
    const { http } = renderHeader({
      status: ok(healthyStatus()),
      notifications: ok(before),
      notify: (options) =>
        ok(afterNotify(JSON.parse(options.body ?? '{}') as NotifyRequest, before)),
    });
    fireEvent.click(await screen.findByTestId('notifyButton'));
    const flyout = await screen.findByTestId('notifyFlyout');
    await within(flyout).findByTestId('notifyEntry');
    fireEvent.click(within(flyout).getByLabelText('One message per alert'));
    fireEvent.change(within(flyout).getByTestId('notifyMessage'), {
      target: { value: 'New SSM reader {{#context.alerts}}{{user.name}}{{/context.alerts}}' },
    });
    expect(within(flyout).getByTestId('notifySave')).toHaveTextContent('Save changes');
    fireEvent.click(within(flyout).getByTestId('notifySave'));
    await waitFor(() =>
      expect(within(flyout).getByTestId('notifyEntry')).toHaveTextContent('One message per alert'),
    );
    fireEvent.click(within(flyout).getByTestId('notifyRemove'));
    expect(await within(flyout).findByTestId('notifyNone')).toBeInTheDocument();
    expect(notifyBodies(http)).toEqual([
      {
        connectorId: SLACK_CONNECTOR.id,
        notify: {
          frequency: 'per_alert',
          message: 'New SSM reader {{#context.alerts}}{{user.name}}{{/context.alerts}}',
        },
      },
      { connectorId: SLACK_CONNECTOR.id, notify: null },
    ]);
  });

  it('does not offer an empty message, and shows the server’s refusal in a toast', async () => {
    const { toasts } = renderHeader({
      status: ok(healthyStatus()),
      notifications: ok(noNotifications()),
      notify: failure(403, 'Unauthorized to update rule'),
    });
    fireEvent.click(await screen.findByTestId('notifyButton'));
    const flyout = await screen.findByTestId('notifyFlyout');
    const message = await within(flyout).findByTestId('notifyMessage');
    fireEvent.change(message, { target: { value: '   ' } });
    expect(within(flyout).getByTestId('notifySave')).toBeDisabled();
    fireEvent.change(message, { target: { value: 'hello' } });
    fireEvent.click(within(flyout).getByTestId('notifySave'));
    await waitFor(() =>
      expect(toasts.shown).toContainEqual(
        expect.objectContaining({
          kind: 'error',
          title: 'Could not change the notification',
          text: 'Unauthorized to update rule',
        }),
      ),
    );
    expect(within(flyout).getByTestId('notifyNone')).toBeInTheDocument();
  });

  it('is not offered to an analyst, nor before the rule is deployed', async () => {
    const analyst = renderHeader({ status: ok(readOnly(healthyStatus())) });
    await screen.findByTestId('enableSwitch');
    expect(screen.queryByTestId('notifyButton')).not.toBeInTheDocument();
    analyst.unmount();

    renderHeader({ status: ok(notDeployedStatus()) });
    await screen.findByTestId('deployButton');
    expect(screen.queryByTestId('notifyButton')).not.toBeInTheDocument();
  });
});
