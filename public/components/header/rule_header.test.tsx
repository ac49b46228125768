import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { DeployRequest } from '../../../common/api';
import {
  createdCustom,
  DRIFT,
  enabled,
  upgradedCustom,
} from '../../../test/support/panel/answers/deploy_responses';
import {
  healthyStatus,
  notDeployedStatus,
  READ_ONLY_REASON,
  readOnly,
  SAVED_OBJECT_ID,
  upgradableCustomStatus,
} from '../../../test/support/panel/answers/status_responses';
import { failure, ok } from '../../../test/support/panel/fake_http';
import { renderHeader } from '../../../test/support/panel/render_header';
import { tablesSettled } from '../../../test/support/panel/tables_settled';

function bodies(panel: ReturnType<typeof renderHeader>, suffix: string): DeployRequest[] {
  return panel.http.calls
    .filter((call) => call.path.endsWith(suffix))
    .map((call) => JSON.parse(call.options.body ?? '{}') as DeployRequest);
}

function statusCalls(panel: ReturnType<typeof renderHeader>): number {
  return panel.http.calls.filter((call) => call.path.endsWith('/status')).length;
}

describe('RuleHeader', () => {
  it('shows a loading state until status answers', () => {
    renderHeader({ status: 'pending' });
    expect(screen.getByLabelText("Loading the rule's status")).toBeInTheDocument();
  });

  it('shows name, severity, risk score, MITRE ATT&CK, deployed copy and a link to the rule in Security', async () => {
    const panel = renderHeader({ status: ok(healthyStatus()) });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'AWS SSM Inventory Reconnaissance by Rare User',
      }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('severityBadge')).toHaveTextContent('Medium');
    expect(screen.getByTestId('riskScore')).toHaveTextContent('47');
    const mitre = screen.getByTestId('mitreBadges');
    expect(mitre).toHaveTextContent('Discovery (TA0007)');
    expect(mitre).toHaveTextContent('T1518 Software Discovery');
    expect(mitre).toHaveTextContent('T1580 Cloud Infrastructure Discovery');
    expect(screen.getByTestId('deployedCopyBadge')).toHaveTextContent(
      'Elastic prebuilt v3, up to date',
    );
    expect(screen.queryByTestId('deployButton')).not.toBeInTheDocument();
    expect(screen.queryByTestId('readOnlyCallout')).not.toBeInTheDocument();

    const link = screen.getByRole('link', { name: /Open in Security/ });
    expect(link).toHaveAttribute('href', `/app/security/rules/id/${SAVED_OBJECT_ID}`);
    fireEvent.click(link);
    expect(panel.links.navigated).toEqual([{ page: 'rule', ruleId: SAVED_OBJECT_ID }]);
    expect(await axe(panel.container)).toHaveNoViolations();
  });

  it('links the MITRE tactic and every technique out the same way: a new tab, the external icon, and words saying so', async () => {
    renderHeader({ status: ok(healthyStatus()) });
    const mitre = await screen.findByTestId('mitreBadges');
    const links = within(mitre).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Discovery (TA0007)',
      'T1518 Software Discovery',
      'T1538 Cloud Service Dashboard',
      'T1580 Cloud Infrastructure Discovery',
    ]);
    for (const link of links) {
      expect(link).toHaveAttribute(
        'href',
        expect.stringMatching(/^https:\/\/attack\.mitre\.org\//),
      );
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
      expect(link.querySelector('[data-euiicon-type="external"]')).not.toBeNull();
      expect(link).toHaveAccessibleName(/\(external, opens in a new tab or window\)$/);
    }
    expect(links[1]).toHaveAccessibleName(
      'MITRE ATT&CK technique T1518 Software Discovery (external, opens in a new tab or window)',
    );
  });

  it('disables the rule from the switch, with a toast, then reloads status', async () => {
    const panel = renderHeader({ status: ok(healthyStatus()), enable: ok(enabled(false)) });
    const toggle = await screen.findByRole('switch', { name: 'Enabled' });
    expect(toggle).toBeChecked();
    fireEvent.click(toggle);
    await waitFor(() =>
      expect(panel.toasts.shown).toContainEqual(
        expect.objectContaining({ kind: 'success', title: 'Rule disabled' }),
      ),
    );
    expect(bodies(panel, '/enable')).toEqual([{ enabled: false }]);
    expect(panel.http.calls.find((call) => call.path.endsWith('/enable'))?.options).toMatchObject({
      method: 'POST',
      version: '1',
    });
    await waitFor(() => expect(statusCalls(panel)).toBe(2));
  });

  it('reports a failed switch with an error toast and leaves status alone', async () => {
    const panel = renderHeader({
      status: ok(healthyStatus()),
      enable: failure(500, 'bulk action failed: rule is locked by another operation'),
    });
    fireEvent.click(await screen.findByRole('switch', { name: 'Enabled' }));
    await waitFor(() =>
      expect(panel.toasts.shown).toContainEqual(
        expect.objectContaining({
          kind: 'error',
          title: 'Could not disable the rule',
          text: expect.stringContaining('locked'),
        }),
      ),
    );
    expect(statusCalls(panel)).toBe(1);
  });

  it('shows an analyst the panel read-only, with the reason the controls are off', async () => {
    const panel = renderHeader({ status: ok(readOnly(notDeployedStatus())) });
    expect(await screen.findByTestId('readOnlyCallout')).toHaveTextContent(READ_ONLY_REASON);
    const toggle = screen.getByRole('switch', { name: 'Enabled' });
    expect(toggle).toBeDisabled();
    expect(toggle).toHaveAccessibleDescription(READ_ONLY_REASON);
    expect(screen.getByTestId('deployButton')).toBeDisabled();
    fireEvent.click(screen.getByTestId('deployButton'));
    expect(screen.queryByTestId('deployModal')).not.toBeInTheDocument();
    expect(await axe(panel.container)).toHaveNoViolations();
  });

  it('explains why the switch is off before the rule is deployed', async () => {
    renderHeader({ status: ok(notDeployedStatus()) });
    const toggle = await screen.findByRole('switch', { name: 'Enabled' });
    expect(toggle).toBeDisabled();
    expect(toggle).toHaveAccessibleDescription('Deploy the rule before enabling it.');
    expect(screen.getByTestId('deployedCopyBadge')).toHaveTextContent('Not deployed (bundled v3)');
  });

  it('deploys after showing what will change, with progress and success toasts', async () => {
    const panel = renderHeader({
      status: ok(notDeployedStatus()),
      deploy: (options) => ok(createdCustom(JSON.parse(options.body ?? '{}') as DeployRequest)),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Deploy rule' }));
    const modal = await screen.findByTestId('deployModal');
    expect(await within(modal).findByTestId('deployPlanSummary')).toHaveTextContent(
      'A custom copy (rule_id a38b4601-2591-5424-af4f-1d5f80229a75) will be created',
    );
    expect(within(modal).getByTestId('fieldChangeTable')).toHaveTextContent('new_terms_fields');
    expect(within(modal).getByTestId('fieldChangeTable')).toHaveTextContent('(not set)');
    await tablesSettled();
    expect(await axe(document.body)).toHaveNoViolations();

    fireEvent.click(
      within(modal).getByLabelText('Enable the rule right away (new rules start disabled)'),
    );
    await waitFor(() =>
      expect(within(modal).getByTestId('deployPlanSummary')).toHaveTextContent(
        'The rule will be enabled.',
      ),
    );
    fireEvent.click(within(modal).getByTestId('confirmDeploy'));

    await waitFor(() => expect(screen.queryByTestId('deployModal')).not.toBeInTheDocument());
    expect(bodies(panel, '/deploy')).toEqual([
      { enable: false, overwrite: false, dryRun: true },
      { enable: true, overwrite: false, dryRun: true },
      { enable: true, overwrite: false, dryRun: false },
    ]);
    const progress = panel.toasts.shown.find((toast) => toast.kind === 'info');
    expect(progress?.title).toBe('Deploying the rule…');
    expect(panel.toasts.removed).toContain(progress?.id);
    expect(panel.toasts.shown).toContainEqual(
      expect.objectContaining({
        kind: 'success',
        title: 'Created the rule from the bundled definition',
        text: 'Created a custom copy from the bundled definition.',
      }),
    );
    await waitFor(() => expect(statusCalls(panel)).toBe(2));
  });

  it('shows the drift diff when the server refuses an upgrade, and upgrades only with overwrite', async () => {
    const panel = renderHeader({
      status: ok(upgradableCustomStatus()),
      deploy: (options) => {
        const request = JSON.parse(options.body ?? '{}') as DeployRequest;
        if (!request.overwrite) {
          return failure(
            409,
            'The rule was edited in Kibana: risk_score, query. Use overwrite to replace them.',
            {
              drift: DRIFT,
            },
          );
        }
        return ok(upgradedCustom(request));
      },
    });
    expect(await screen.findByTestId('deployedCopyBadge')).toHaveTextContent(
      'Custom copy v2, bundled v3 available',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Upgrade to v3' }));
    const modal = await screen.findByTestId('deployModal');
    const drift = await within(modal).findByTestId('deployDrift');
    expect(drift).toHaveTextContent('Someone edited this rule in Kibana');
    const table = within(modal).getByTestId('fieldChangeTable');
    expect(table).toHaveTextContent('In Kibana now');
    expect(table).toHaveTextContent('risk_score');
    expect(table).toHaveTextContent('73');
    expect(table).toHaveTextContent('not user.name: "ci-deployer"');
    expect(within(modal).getByTestId('confirmDeploy')).toBeDisabled();
    await tablesSettled();
    expect(await axe(document.body)).toHaveNoViolations();

    fireEvent.click(
      within(modal).getByLabelText('Replace the edits made in Kibana with the bundled definition'),
    );
    await within(modal).findByTestId('deployPlanSummary');
    expect(within(modal).getByTestId('confirmDeploy')).toHaveTextContent('Overwrite and upgrade');
    expect(within(modal).getByTestId('fieldChangeTable')).toHaveTextContent('history_window_start');
    fireEvent.click(within(modal).getByTestId('confirmDeploy'));
    await waitFor(() => expect(screen.queryByTestId('deployModal')).not.toBeInTheDocument());
    expect(bodies(panel, '/deploy').at(-1)).toEqual({
      enable: false,
      overwrite: true,
      dryRun: false,
    });
    expect(panel.toasts.shown).toContainEqual(
      expect.objectContaining({ kind: 'success', title: 'Upgraded the rule' }),
    );
  });

  it('keeps the modal open with the error and an error toast when the deploy itself fails', async () => {
    const panel = renderHeader({
      status: ok(notDeployedStatus()),
      deploy: (options) => {
        const request = JSON.parse(options.body ?? '{}') as DeployRequest;
        return request.dryRun
          ? ok(createdCustom(request))
          : failure(500, 'Kibana answered 500 to POST /api/detection_engine/rules');
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Deploy rule' }));
    const modal = await screen.findByTestId('deployModal');
    await within(modal).findByTestId('deployPlanSummary');
    fireEvent.click(within(modal).getByTestId('confirmDeploy'));
    expect(await within(modal).findByText('Could not check what will change')).toBeInTheDocument();
    expect(panel.toasts.shown).toContainEqual(
      expect.objectContaining({
        kind: 'error',
        title: 'Could not deploy the rule',
        text: expect.stringContaining('500'),
      }),
    );
    expect(statusCalls(panel)).toBe(1);
    fireEvent.click(within(modal).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByTestId('deployModal')).not.toBeInTheDocument());
  });

  it('shows the error with a retry', async () => {
    const panel = renderHeader({ status: failure(502, 'Kibana is unavailable') });
    const error = await screen.findByTestId('sectionError');
    expect(
      screen.getByRole('heading', { level: 1, name: 'AWS SSM Recon Rule' }),
    ).toBeInTheDocument();
    panel.http.replies.status = ok(healthyStatus());
    fireEvent.click(within(error).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('ruleFacts')).toBeInTheDocument();
  });

  it('shows the no-privilege state on 403', async () => {
    renderHeader({ status: failure(403, 'Unauthorized to find rules') });
    expect(await screen.findByTestId('sectionForbidden')).toHaveTextContent(
      "You don't have privileges to see the rule's status",
    );
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });
});
