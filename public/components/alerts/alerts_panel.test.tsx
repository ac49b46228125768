import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { AlertsRange } from '../../../common/api';
import {
  activeAlerts,
  notDeployedAlerts,
  silentAlerts,
} from '../../../test/support/panel/answers/alerts_responses';
import { SAVED_OBJECT_ID } from '../../../test/support/panel/answers/status_responses';
import { failure, ok } from '../../../test/support/panel/fake_http';
import type { RouteReply } from '../../../test/support/panel/fake_http';
import { renderPanel } from '../../../test/support/panel/render_panel';
import { tablesSettled } from '../../../test/support/panel/tables_settled';
import { AlertsHarness } from '../../../test/support/panel/alerts_harness';
import { toHistogramSeries } from './alerts_histogram';
import { pickColumnFields } from './newest_alerts_table';

const renderAlerts = (
  reply: RouteReply,
  ruleId: string | null = SAVED_OBJECT_ID,
  canWrite = true,
) => renderPanel(<AlertsHarness ruleId={ruleId} canWrite={canWrite} />, { alerts: reply });

describe('AlertsPanel', () => {
  it('shows a loading state until alerts answer', () => {
    renderAlerts('pending');
    expect(screen.getByLabelText('Loading alerts')).toBeInTheDocument();
  });

  it('shows counts, workflow statuses, the histogram, top pairs and the newest alerts', async () => {
    const answer = activeAlerts('7d');
    const { container } = renderAlerts(ok(answer));
    const totals = await screen.findByTestId('alertTotals');
    expect(within(totals).getByTestId('alertTotal-24h')).toHaveTextContent('2');
    expect(within(totals).getByTestId('alertTotal-24h')).toHaveTextContent('Alerts, last 24 hours');
    expect(within(totals).getByTestId('alertTotal-7d')).toHaveTextContent('9');
    expect(within(totals).getByTestId('alertTotal-30d')).toHaveTextContent('23');

    expect(screen.getByTestId('workflow-open')).toHaveTextContent('Open: 14');
    expect(screen.getByTestId('workflow-acknowledged')).toHaveTextContent('Acknowledged: 3');
    expect(screen.getByTestId('workflow-in-progress')).toHaveTextContent('In progress: 1');
    expect(screen.getByTestId('workflow-closed')).toHaveTextContent('Closed: 5');

    expect(await screen.findByTestId('alertsHistogram')).toHaveAttribute('data-points', '7');
    expect(screen.getByTestId('alertsHistogram')).toHaveTextContent('7 alerts between');

    const pairs = within(screen.getByTestId('topPairs'));
    expect(pairs.getByText('cloud.account.id')).toBeInTheDocument();
    expect(pairs.getByText('ci-deployer')).toBeInTheDocument();
    expect(pairs.getByText('6')).toBeInTheDocument();

    const newest = screen.getByTestId('newestAlerts');
    expect(within(newest).getAllByRole('row')).toHaveLength(1 + answer.newest.length);
    expect(within(newest).getByText('j.doe')).toBeInTheDocument();
    expect(within(newest).getByText('198.51.100.23')).toBeInTheDocument();
    expect(within(newest).queryByText(/aws-cli\/2/)).not.toBeInTheDocument();
    await tablesSettled();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('links each alert and the rule alerts to Security', async () => {
    const answer = activeAlerts('7d');
    const panel = renderAlerts(ok(answer));
    const first = answer.newest[0];
    const [link] = await screen.findAllByRole('link', {
      name: /^Open the alert of .* in Security$/,
    });
    expect(link).toHaveAttribute(
      'href',
      `/app/security/alerts/redirect/${first.id}?timestamp=${encodeURIComponent(first.timestamp)}`,
    );
    fireEvent.click(link);
    expect(panel.links.navigated[0]).toEqual({
      page: 'alert',
      alertId: first.id,
      timestamp: first.timestamp,
    });

    const all = screen.getByRole('link', { name: /All alerts in Security/ });
    expect(all).toHaveAttribute('href', `/app/security/rules/id/${SAVED_OBJECT_ID}/alerts`);
  });

  it('expands a row to every investigation field', async () => {
    const answer = activeAlerts('7d');
    renderAlerts(ok(answer));
    const [firstToggle] = await screen.findAllByRole('button', {
      name: 'Show all investigation fields',
    });
    fireEvent.click(firstToggle);
    const details = await screen.findByTestId('alertDetails');
    expect(details).toHaveTextContent('aws.cloudtrail.user_identity.arn');
    expect(details).toHaveTextContent('arn:aws:iam::123456789012:user/ci-deployer');
    expect(details).toHaveTextContent('user_agent.original');
    expect(screen.getByRole('button', { name: 'Hide investigation fields' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('asks for the chosen range', async () => {
    const panel = renderAlerts((options) =>
      ok(activeAlerts((options.query?.range ?? '7d') as AlertsRange)),
    );
    await screen.findByTestId('alertTotals');
    expect(panel.http.calls[0].options.query).toEqual({ range: '7d' });
    fireEvent.click(screen.getByText('30 days'));
    await waitFor(() =>
      expect(screen.getByTestId('alertsHistogram')).toHaveAttribute('data-points', '30'),
    );
    expect(panel.http.calls[panel.http.calls.length - 1].options).toMatchObject({
      method: 'GET',
      version: '1',
      query: { range: '30d' },
    });
  });

  it('shows the not-deployed empty state', async () => {
    renderAlerts(ok(notDeployedAlerts()), null);
    const empty = await screen.findByTestId('sectionEmpty');
    expect(empty).toHaveTextContent('No alerts: the rule is not deployed');
    expect(empty).toHaveTextContent(
      'Deploy and enable the rule; its alerts will show here and in Kibana Security.',
    );
    expect(screen.queryByRole('link', { name: /All alerts in Security/ })).not.toBeInTheDocument();
  });

  it('tells a read-only user who can deploy the rule, not to deploy it', async () => {
    renderAlerts(ok(notDeployedAlerts()), null, false);
    const empty = await screen.findByTestId('sectionEmpty');
    expect(empty).toHaveTextContent(
      'Ask an administrator with rule write privileges to deploy and enable the rule; its alerts will show here',
    );
    expect(empty).not.toHaveTextContent('Deploy and enable');
  });

  it('says which range it opens with, where the range is chosen', async () => {
    renderAlerts(ok(activeAlerts('7d')));
    expect(await screen.findByTestId('alertsRangeDefault')).toHaveTextContent('Default: 7 days');
    expect(screen.getByRole('group', { name: /default 7 days/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '7 days' })).toHaveAttribute('aria-pressed', 'true');
    await tablesSettled();
  });

  it('names the selected range in the quiet empty state, with the last alert', async () => {
    const answer = (range: AlertsRange) => ({
      ...silentAlerts(range),
      totals: { '24h': 0, '7d': 0, '30d': 0 },
    });
    const { container } = renderAlerts((options) =>
      ok(answer((options.query?.range ?? '7d') as AlertsRange)),
    );
    const empty = await screen.findByTestId('sectionEmpty');
    expect(empty).toHaveTextContent('No alerts in the last 7 days');
    expect(empty).toHaveTextContent('None in the last 30 days either.');
    expect(empty).toHaveTextContent('The last alert was raised');
    expect(await axe(container)).toHaveNoViolations();

    fireEvent.click(screen.getByRole('button', { name: '24 hours' }));
    await waitFor(() =>
      expect(screen.getByTestId('sectionEmpty')).toHaveTextContent(
        'No alerts in the last 24 hours',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: '30 days' }));
    await waitFor(() =>
      expect(screen.getByTestId('sectionEmpty')).toHaveTextContent('No alerts in the last 30 days'),
    );
    expect(screen.getByTestId('sectionEmpty')).not.toHaveTextContent('either');
  });

  it('keeps showing counts when only the chosen range is empty', async () => {
    renderAlerts(ok(silentAlerts('7d')));
    expect(await screen.findByTestId('alertTotal-30d')).toHaveTextContent('1');
    expect(screen.getByTestId('newestAlerts')).toHaveTextContent('No alerts in the last 7 days.');
  });

  it('shows the error with a retry', async () => {
    const panel = renderAlerts(failure(502, 'signals search failed'));
    const error = await screen.findByTestId('sectionError');
    panel.http.replies.alerts = ok(activeAlerts());
    fireEvent.click(within(error).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('alertTotals')).toBeInTheDocument();
  });

  it('shows the no-privilege state on 403', async () => {
    renderAlerts(failure(403, 'missing read on .alerts-security.alerts-default'));
    expect(await screen.findByTestId('sectionForbidden')).toHaveTextContent(
      "You don't have privileges to see alerts",
    );
  });
});

describe('toHistogramSeries', () => {
  it('turns buckets into time-ordered points and drops unreadable times', () => {
    expect(
      toHistogramSeries({
        interval: '1d',
        buckets: [
          { time: '2026-04-02T00:00:00.000Z', count: 3 },
          { time: 'garbage', count: 9 },
          { time: '2026-04-01T00:00:00.000Z', count: 1 },
        ],
      }),
    ).toEqual([
      { x: Date.parse('2026-04-01T00:00:00.000Z'), y: 1 },
      { x: Date.parse('2026-04-02T00:00:00.000Z'), y: 3 },
    ]);
  });
});

describe('pickColumnFields', () => {
  it('puts the new-terms fields first and leaves long values to the row details', () => {
    const alerts = activeAlerts().newest;
    expect(
      pickColumnFields(
        ['cloud.account.id', 'user.name'],
        activeAlerts().investigationFields,
        alerts,
      ),
    ).toEqual(['cloud.account.id', 'user.name', 'source.ip', 'aws.cloudtrail.user_identity.type']);
  });
});
