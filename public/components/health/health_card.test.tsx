import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { axe } from 'jest-axe';
import { activeAlerts, silentAlerts } from '../../../test/support/panel/answers/alerts_responses';
import {
  disabledStatus,
  failingStatus,
  healthyStatus,
  neverRunStatus,
  notDeployedStatus,
  pendingStatus,
  staleStatus,
  warningStatus,
} from '../../../test/support/panel/answers/status_responses';
import { failure, ok } from '../../../test/support/panel/fake_http';
import type { RouteReply } from '../../../test/support/panel/fake_http';
import { renderPanel } from '../../../test/support/panel/render_panel';
import type { HostExtras } from '../../../test/support/panel/render_panel';
import { tablesSettled } from '../../../test/support/panel/tables_settled';
import { useStatus } from '../../hooks/use_api_resource';
import type { AlertsResponse } from '../../../common/api';
import { HealthCard } from './health_card';

function Harness({ alerts = null }: { alerts?: AlertsResponse | null }) {
  const status = useStatus();
  return <HealthCard status={status} alerts={alerts} />;
}

function renderHealth(
  status: RouteReply,
  alerts: AlertsResponse | null = null,
  extras: HostExtras = {},
) {
  return renderPanel(<Harness alerts={alerts} />, { status }, extras);
}

describe('HealthCard', () => {
  it('shows a loading state until status answers', () => {
    renderHealth('pending');
    expect(screen.getByLabelText("Loading the rule's health")).toBeInTheDocument();
  });

  it('shows a healthy rule with its verdict as word and icon, last run and duration', async () => {
    const { container } = renderHealth(ok(healthyStatus()), activeAlerts());
    const badge = await screen.findByTestId('verdictBadge');
    expect(badge).toHaveTextContent('Healthy');
    expect(badge).toHaveAttribute('data-verdict', 'healthy');
    expect(badge.querySelector('[data-euiicon-type="checkCircleFill"]')).not.toBeNull();
    expect(screen.getByTestId('lastRun')).toHaveTextContent('2 minutes ago');
    expect(screen.getByText('450 ms')).toBeInTheDocument();
    expect(screen.getByText('Rule execution completed successfully')).toBeInTheDocument();
    expect(screen.queryByTestId('staleAlarm')).not.toBeInTheDocument();
    expect(screen.queryByTestId('silentAlarm')).not.toBeInTheDocument();
    await tablesSettled();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('gives recent runs a column of their own, open, with each time on one line', async () => {
    const status = healthyStatus();
    renderHealth(ok(status));
    const history = await screen.findByTestId('runHistory');
    expect(within(history).getByRole('heading', { name: 'Recent runs (8)' })).toBeInTheDocument();
    // Not folded away, and not inside the facts' column: beside it, wrapping under it on a narrow screen.
    expect(history.closest('[data-test-subj="executionFacts"]')).toBeNull();
    const columns = screen.getByTestId('healthColumns');
    const [factsColumn, runsColumn] = Array.from(columns.children) as HTMLElement[];
    expect(within(factsColumn).getByTestId('executionFacts')).toBeInTheDocument();
    expect(runsColumn).toContainElement(history);
    expect(runsColumn.style.minWidth).toBe('440px');
    expect(within(history).getAllByRole('row')).toHaveLength(1 + status.history.items.length);
    const times = within(history).getAllByTestId('runTime');
    expect(times).toHaveLength(status.history.items.length);
    for (const time of times) {
      expect(time).toHaveClass('eui-textNoWrap');
      expect(time.textContent).toMatch(/@ \d{2}:\d{2}:\d{2}\.\d{3}$/);
    }
    await tablesSettled();
  });

  it('pages through a long run history ten at a time', async () => {
    const status = healthyStatus();
    const items = Array.from({ length: 20 }, (_, index) => ({
      ...status.history.items[0],
      timestamp: new Date(Date.parse(status.checkedAt) - index * 300_000).toISOString(),
      alertsCreated: index === 0 ? 1_204 : 0,
    }));
    renderHealth(ok({ ...status, history: { available: true, items } }));
    const history = await screen.findByTestId('runHistory');
    expect(within(history).getByRole('heading', { name: 'Recent runs (20)' })).toBeInTheDocument();
    expect(within(history).getAllByTestId('runTime')).toHaveLength(10);
    expect(history).toHaveTextContent('1,204');
    fireEvent.click(within(history).getByRole('link', { name: 'Page 2 of 2' }));
    expect(within(history).getAllByTestId('runTime')).toHaveLength(10);
    expect(history).not.toHaveTextContent('1,204');
    await tablesSettled();
  });

  it("shows the host's note beside the schedule when the host runs rules on another one", async () => {
    const note = 'The sandbox runs enabled rules every 30 s, whatever their schedule says.';
    renderHealth(ok(healthyStatus()), null, { scheduleNote: note });
    const schedule = await screen.findByTestId('schedule');
    expect(schedule).toHaveTextContent('Every 5m, looking back to now-6m');
    const shown = screen.getByTestId('scheduleNote');
    expect(shown).toHaveTextContent(note);
    // Next to the schedule: in the same fact.
    expect(schedule.parentElement).toContainElement(shown);
    await tablesSettled();
  });

  it('shows no schedule note where the host gives none (Kibana)', async () => {
    renderHealth(ok(healthyStatus()));
    expect(await screen.findByTestId('schedule')).toBeInTheDocument();
    expect(screen.queryByTestId('scheduleNote')).not.toBeInTheDocument();
    await tablesSettled();
  });

  it("shows a warning with Kibana's message, the gap and each cause with its fix", async () => {
    renderHealth(ok(warningStatus()));
    expect(await screen.findByTestId('verdictBadge')).toHaveTextContent('Warning');
    expect(screen.getByTestId('lastMessage')).toHaveTextContent(
      'missing the timestamp override field',
    );
    expect(screen.getByText('4 min not covered')).toBeInTheDocument();
    const causes = screen.getAllByTestId('cause');
    expect(causes.map((cause) => cause.getAttribute('data-cause'))).toEqual([
      'missing_timestamp_override',
      'execution_gap',
    ]);
    expect(within(causes[0]).getByText('How to fix:')).toBeInTheDocument();
    expect(causes[0]).toHaveTextContent(/Make every index the rule reads set event\.ingested/);
    expect(causes[1]).toHaveTextContent(
      'Runs were missed: part of the time range was never searched',
    );
  });

  it('shows a failing rule in words, not colour alone', async () => {
    renderHealth(ok(failingStatus()));
    const badge = await screen.findByTestId('verdictBadge');
    expect(badge).toHaveTextContent('Failing');
    expect(badge.querySelector('[data-euiicon-type="error"]')).not.toBeNull();
    expect(screen.getByText('Failed')).toBeInTheDocument();
    expect(screen.getByText('Not reported')).toBeInTheDocument();
    expect(screen.getByText('The rule cannot read some of its indices')).toBeInTheDocument();
  });

  it('makes a stale rule stand out', async () => {
    const { container } = renderHealth(ok(staleStatus()));
    const alarm = await screen.findByTestId('staleAlarm');
    expect(alarm).toHaveTextContent('Stale: the rule is not running on schedule');
    expect(alarm).toHaveTextContent('47 minutes ago');
    expect(alarm).toHaveTextContent('every 5m');
    expect(screen.getByTestId('verdictBadge')).toHaveTextContent('Stale');
    await tablesSettled();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('makes "silent for N days" stand out once a week has passed without alerts', async () => {
    renderHealth(ok(healthyStatus()), silentAlerts());
    expect(await screen.findByTestId('silentAlarm')).toHaveTextContent('Silent for 19 days');
  });

  it('does not call a disabled rule silent', async () => {
    renderHealth(ok(disabledStatus()), silentAlerts());
    expect(await screen.findByTestId('verdictBadge')).toHaveTextContent('Disabled');
    expect(screen.queryByTestId('silentAlarm')).not.toBeInTheDocument();
    expect(screen.getByText('The rule is installed but disabled')).toBeInTheDocument();
  });

  it('says when a deployed rule has not run yet', async () => {
    renderHealth(ok(neverRunStatus()));
    expect(await screen.findByTestId('neverRun')).toHaveTextContent('The rule has not run yet.');
    expect(screen.queryByTestId('executionFacts')).not.toBeInTheDocument();
    await tablesSettled();
  });

  it('shows an enabled rule waiting for its first run as pending, with its schedule and the note', async () => {
    renderHealth(ok(pendingStatus()), null, { scheduleNote: 'Runs every 30 s here.' });
    expect(await screen.findByTestId('verdictBadge')).toHaveTextContent('Pending first run');
    expect(screen.getByTestId('neverRun')).toHaveTextContent('its first run is due shortly');
    expect(screen.getByTestId('scheduleFacts')).toHaveTextContent(
      'Every 5m, looking back to now-6m',
    );
    expect(screen.getByTestId('scheduleNote')).toHaveTextContent('Runs every 30 s here.');
    await tablesSettled();
  });

  it('shows the empty state when the rule is not deployed', async () => {
    const { container } = renderHealth(ok(notDeployedStatus()));
    expect(await screen.findByTestId('sectionEmpty')).toHaveTextContent('Not deployed');
    expect(screen.getByTestId('cause')).toHaveTextContent(
      'Deploy it from this panel (or with ssm-recon-rule deploy); it is installed disabled unless you enable it.',
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows the error with a retry that loads again', async () => {
    const panel = renderHealth(
      failure(502, 'Kibana answered 502 to GET /api/detection_engine/rules'),
    );
    const error = await screen.findByTestId('sectionError');
    expect(error).toHaveTextContent("Could not load the rule's health (HTTP 502)");
    expect(error).toHaveTextContent('Kibana answered 502');
    panel.http.replies.status = ok(healthyStatus());
    fireEvent.click(within(error).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('verdictBadge')).toHaveTextContent('Healthy');
    expect(panel.http.calls.filter((call) => call.path.endsWith('/status'))).toHaveLength(2);
  });

  it('shows the no-privilege state on 403', async () => {
    const { container } = renderHealth(failure(403, 'Missing privilege rules-read'));
    const state = await screen.findByTestId('sectionForbidden');
    expect(state).toHaveTextContent("You don't have privileges to see the rule's health");
    expect(state).toHaveTextContent('rules-read');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('treats an answer that breaks the contract as an error', async () => {
    renderHealth(ok({ ...healthyStatus(), verdict: 'splendid' }));
    await waitFor(() =>
      expect(screen.getByTestId('sectionError')).toHaveTextContent('check verdict'),
    );
  });
});
