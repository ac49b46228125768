import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { axe } from 'jest-axe';
import { activeAlerts, silentAlerts } from '../../../test/support/panel/answers/alerts_responses';
import {
  disabledStatus,
  failingStatus,
  healthyStatus,
  neverRunStatus,
  notDeployedStatus,
  staleStatus,
  warningStatus,
} from '../../../test/support/panel/answers/status_responses';
import { failure, ok } from '../../../test/support/panel/fake_http';
import type { RouteReply } from '../../../test/support/panel/fake_http';
import { renderPanel } from '../../../test/support/panel/render_panel';
import { useStatus } from '../../hooks/use_api_resource';
import type { AlertsResponse } from '../../../common/api';
import { HealthCard } from './health_card';

function Harness({ alerts = null }: { alerts?: AlertsResponse | null }) {
  const status = useStatus();
  return <HealthCard status={status} alerts={alerts} />;
}

function renderHealth(status: RouteReply, alerts: AlertsResponse | null = null) {
  return renderPanel(<Harness alerts={alerts} />, { status });
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
    expect(screen.getByText('Recent runs (8)')).toBeInTheDocument();
    expect(screen.queryByTestId('staleAlarm')).not.toBeInTheDocument();
    expect(screen.queryByTestId('silentAlarm')).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
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
