import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import {
  activeAlerts,
  notDeployedAlerts,
  silentAlerts,
} from '../../test/support/panel/answers/alerts_responses';
import { enabled } from '../../test/support/panel/answers/deploy_responses';
import { guideResponse } from '../../test/support/panel/answers/guide_responses';
import { mixedReadiness } from '../../test/support/panel/answers/readiness_responses';
import {
  disabledStatus,
  healthyStatus,
  notDeployedStatus,
  readOnly,
} from '../../test/support/panel/answers/status_responses';
import { bundledNote } from '../../test/support/panel/bundled_note';
import { failure, ok } from '../../test/support/panel/fake_http';
import { renderPanel } from '../../test/support/panel/render_panel';
import { tablesSettled } from '../../test/support/panel/tables_settled';
import { noExceptions } from '../../test/support/panel/answers/backtest_responses';
import { SsmReconApp } from './ssm_recon_app';

function routes(status = healthyStatus()) {
  return {
    status: ok(status),
    readiness: ok(mixedReadiness()),
    alerts: ok(activeAlerts('7d')),
    guide: ok(guideResponse(bundledNote())),
    exceptions: ok(noExceptions()),
  };
}

/** Every section has its answer on screen and the page has stopped updating. */
async function allLoaded() {
  await screen.findByTestId('verdictBadge');
  await screen.findByTestId('pattern-filebeat-*');
  await screen.findByTestId('alertTotals');
  await screen.findByTestId('guideMarkdown');
  await tablesSettled();
}

describe('SsmReconApp', () => {
  it('loads every section in parallel and passes an accessibility check as an admin sees it', async () => {
    const panel = renderPanel(<SsmReconApp />, routes());
    expect(panel.http.calls.map((call) => call.path).sort()).toEqual([
      '/internal/ssm_recon_rule/alerts',
      // The backtest runs only when asked; the rule's exceptions load with the page.
      '/internal/ssm_recon_rule/exceptions',
      '/internal/ssm_recon_rule/guide',
      '/internal/ssm_recon_rule/readiness',
      '/internal/ssm_recon_rule/status',
    ]);
    expect(panel.http.calls.every((call) => call.options.version === '1')).toBe(true);
    await allLoaded();
    const regions = screen
      .getAllByRole('region')
      .map((region) => region.getAttribute('aria-labelledby'));
    expect(regions).toHaveLength(5);
    for (const name of [
      'Rule health',
      'Data readiness',
      'Alerts',
      'What would fire',
      'Investigation guide',
    ]) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    expect(await axe(panel.container)).toHaveNoViolations();
  });

  it('passes an accessibility check while loading', async () => {
    const panel = renderPanel(<SsmReconApp />, {});
    expect(screen.getAllByTestId('sectionLoading')).toHaveLength(5);
    expect(await axe(panel.container)).toHaveNoViolations();
  });

  it('shows an analyst everything read-only and passes an accessibility check', async () => {
    const panel = renderPanel(<SsmReconApp />, routes(readOnly(healthyStatus())));
    await allLoaded();
    expect(screen.getByTestId('readOnlyCallout')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Enabled' })).toBeDisabled();
    expect(await axe(panel.container)).toHaveNoViolations();
  });

  it('tells an analyst of an undeployed rule to ask an administrator, in the alerts section', async () => {
    renderPanel(<SsmReconApp />, {
      ...routes(readOnly(notDeployedStatus())),
      alerts: ok(notDeployedAlerts()),
    });
    await screen.findByTestId('readOnlyCallout');
    const alerts = screen.getByRole('region', { name: 'Alerts' });
    await waitFor(() =>
      expect(within(alerts).getByTestId('sectionEmpty')).toHaveTextContent(
        'Ask an administrator with rule write privileges to deploy and enable the rule',
      ),
    );
  });

  it('tells health about a silent rule from the alerts answer', async () => {
    renderPanel(<SsmReconApp />, { ...routes(), alerts: ok(silentAlerts('7d')) });
    expect(await screen.findByTestId('silentAlarm')).toHaveTextContent('Silent for 19 days');
  });

  it('reloads status, alerts and guide after the rule changed', async () => {
    const panel = renderPanel(<SsmReconApp />, {
      ...routes(disabledStatus()),
      enable: ok(enabled(true)),
    });
    await allLoaded();
    panel.http.replies.status = ok(healthyStatus());
    fireEvent.click(screen.getByRole('switch', { name: 'Enabled' }));
    await waitFor(() => expect(screen.getByTestId('verdictBadge')).toHaveTextContent('Healthy'));
    const count = (suffix: string) =>
      panel.http.calls.filter((call) => call.path.endsWith(suffix)).length;
    expect(count('/status')).toBe(2);
    expect(count('/alerts')).toBe(2);
    expect(count('/guide')).toBe(2);
    expect(count('/readiness')).toBe(1);
    expect(
      within(screen.getByTestId('ruleHeader')).getByRole('switch', { name: 'Enabled' }),
    ).toBeChecked();
  });

  it('reloads every section from the Refresh button, showing the new run', async () => {
    const panel = renderPanel(<SsmReconApp />, routes(disabledStatus()));
    await allLoaded();
    expect(screen.getByTestId('verdictBadge')).toHaveTextContent('Disabled');
    panel.http.replies.status = ok(healthyStatus());
    fireEvent.click(screen.getByTestId('refreshButton'));
    await waitFor(() => expect(screen.getByTestId('verdictBadge')).toHaveTextContent('Healthy'));
    const count = (suffix: string) =>
      panel.http.calls.filter((call) => call.path.endsWith(suffix)).length;
    for (const route of ['/status', '/readiness', '/alerts', '/guide'])
      expect(count(route)).toBe(2);
  });

  it('keeps Refresh offered when the status call failed, and recovers through it', async () => {
    const panel = renderPanel(<SsmReconApp />, {
      ...routes(),
      status: failure(502, 'Kibana answered 502'),
    });
    await screen.findAllByTestId('sectionError');
    const refresh = screen.getByTestId('refreshButton');
    expect(refresh).not.toHaveAttribute('aria-disabled', 'true');
    panel.http.replies.status = ok(healthyStatus());
    fireEvent.click(refresh);
    expect(await screen.findByTestId('verdictBadge')).toHaveTextContent('Healthy');
    expect(screen.queryByTestId('sectionError')).not.toBeInTheDocument();
  });
});
