// Every answer the fault matrix documents for a failing upstream (401, 404, 502, 503, 504), on every section at
// once: each section shows its error with the status and a Retry, and Retry loads it once the cluster is back.
import { fireEvent, screen, within } from '@testing-library/react';
import { activeAlerts } from '../../test/support/panel/answers/alerts_responses';
import { guideResponse } from '../../test/support/panel/answers/guide_responses';
import { mixedReadiness } from '../../test/support/panel/answers/readiness_responses';
import { healthyStatus } from '../../test/support/panel/answers/status_responses';
import { bundledNote } from '../../test/support/panel/bundled_note';
import { failure, ok } from '../../test/support/panel/fake_http';
import { renderPanel } from '../../test/support/panel/render_panel';
import { tablesSettled } from '../../test/support/panel/tables_settled';
import { SsmReconApp } from './ssm_recon_app';

const SECTIONS = ['status', 'readiness', 'alerts', 'guide'] as const;

describe.each([401, 404, 502, 503, 504])('every section answered %i', (status) => {
  it('shows the error with its status and a Retry that loads the section again', async () => {
    const failed = failure(status, `Kibana answered ${status}`);
    const panel = renderPanel(
      <SsmReconApp />,
      Object.fromEntries(SECTIONS.map((section) => [section, failed])),
    );
    const errors = await screen.findAllByTestId('sectionError');
    expect(errors.length).toBeGreaterThanOrEqual(SECTIONS.length);
    for (const error of errors) {
      expect(error).toHaveTextContent(`HTTP ${status}`);
      expect(within(error).getByRole('button', { name: 'Retry' })).toBeEnabled();
    }

    panel.http.replies.status = ok(healthyStatus());
    panel.http.replies.readiness = ok(mixedReadiness());
    panel.http.replies.alerts = ok(activeAlerts('7d'));
    panel.http.replies.guide = ok(guideResponse(bundledNote()));
    for (const error of errors) {
      if (error.isConnected) fireEvent.click(within(error).getByRole('button', { name: 'Retry' }));
    }
    await screen.findByTestId('verdictBadge');
    await screen.findByTestId('pattern-filebeat-*');
    await screen.findByTestId('alertTotals');
    await screen.findByTestId('guideMarkdown');
    await tablesSettled();
    expect(screen.queryByTestId('sectionError')).not.toBeInTheDocument();
  });
});
