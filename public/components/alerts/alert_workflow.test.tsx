// The analyst's workflow in the alerts section: select alerts and set their status (counts reload; a read-only
// caller sees why nothing changed), open an alert's context and pivots — Discover links in Kibana, asserted field
// by field after decoding, and a flyout of events where the host has no Discover.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { PivotId } from '../../../common/api';
import { ROUTES } from '../../../common/api';
import { createDiscoverPivotLinks, pivotEsql } from '../../services/discover_pivots';
import type { ApplicationStart } from '@kbn/core/public';
import { activeAlerts } from '../../../test/support/panel/answers/alerts_responses';
import {
  alertContext,
  pivotEvents,
  samplePivots,
  triaged,
} from '../../../test/support/panel/answers/alert_context_responses';
import { SAVED_OBJECT_ID } from '../../../test/support/panel/answers/status_responses';
import { readDiscoverUrl } from '../../../test/support/panel/discover_url';
import { failure, ok } from '../../../test/support/panel/fake_http';
import type { RouteReply } from '../../../test/support/panel/fake_http';
import { renderPanel, type HostExtras } from '../../../test/support/panel/render_panel';
import { AlertsHarness } from '../../../test/support/panel/alerts_harness';

const answer = activeAlerts('7d');
const [first, second] = answer.newest;

const render = (replies: Partial<Record<keyof typeof ROUTES, RouteReply>>, extras?: HostExtras) =>
  renderPanel(
    <AlertsHarness ruleId={SAVED_OBJECT_ID} canWrite />,
    { alerts: ok(answer), ...replies },
    extras,
  );

async function expandFirstRow() {
  const [toggle] = await screen.findAllByRole('button', { name: 'Show all investigation fields' });
  fireEvent.click(toggle);
  return screen.findByTestId('alertContext');
}

describe('triage from the alerts section', () => {
  it('sets the status of the selected alerts, then reloads the counts', async () => {
    const panel = render({
      alertStatus: (options) => ok(triaged(JSON.parse(options.body ?? '{}'))),
    });
    await screen.findByTestId('newestAlerts');
    expect(screen.getByTestId('triage-acknowledged')).toBeDisabled();
    fireEvent.click(screen.getByTestId(`checkboxSelectRow-${first.id}`));
    fireEvent.click(screen.getByTestId(`checkboxSelectRow-${second.id}`));
    expect(screen.getByTestId('triageSelected')).toHaveTextContent('2 selected');
    const alertReads = () => panel.http.calls.filter((call) => call.path === ROUTES.alerts).length;
    const readsBefore = alertReads();
    fireEvent.click(screen.getByTestId('triage-acknowledged'));
    await waitFor(() => expect(panel.toasts.shown).toHaveLength(1));
    const sent = panel.http.calls.find((call) => call.path === ROUTES.alertStatus);
    expect(sent?.options.method).toBe('POST');
    expect(JSON.parse(sent?.options.body ?? '')).toEqual({
      ids: [first.id, second.id],
      status: 'acknowledged',
    });
    expect(panel.toasts.shown[0]).toMatchObject({
      kind: 'success',
      title: 'Acknowledged 2 alerts',
    });
    await waitFor(() => expect(alertReads()).toBe(readsBefore + 1));
    await waitFor(() =>
      expect(screen.getByTestId('triageSelected')).toHaveTextContent('Select alerts'),
    );
  });

  it('shows a read-only caller why nothing changed, and reloads nothing', async () => {
    const panel = render({
      alertStatus: failure(
        403,
        'You may read these alerts but not change their status: triage needs … Nothing was changed.',
      ),
    });
    await screen.findByTestId('newestAlerts');
    fireEvent.click(screen.getByTestId(`checkboxSelectRow-${first.id}`));
    const reads = panel.http.calls.length;
    fireEvent.click(screen.getByTestId('triage-closed'));
    const callout = await screen.findByTestId('triageError');
    expect(callout).toHaveTextContent('Read-only: your role may not change the status of alerts');
    expect(callout).toHaveTextContent('Nothing was changed.');
    expect(panel.toasts.shown).toEqual([]);
    // Only the refused POST went out; the counts were not reloaded.
    expect(panel.http.calls.slice(reads).map((call) => call.path)).toEqual([ROUTES.alertStatus]);
    expect(screen.getByTestId('triageSelected')).toHaveTextContent('1 selected');
  });
});

describe('an alert’s context and pivots', () => {
  it('shows the identity, source, user agent, request and that the identity alerted before', async () => {
    render({ alertContext: ok(alertContext(first, 3)) });
    const context = await expandFirstRow();
    expect(context).toHaveTextContent('AssumedRole');
    expect(context).toHaveTextContent(`arn:aws:iam::123456789012:user/ci-deployer`);
    expect(context).toHaveTextContent('10.20.4.17 (Frankfurt am Main, Germany)');
    expect(context).toHaveTextContent('aws-cli/2.15.30');
    expect(context).toHaveTextContent('{instanceId=i-0a1b2c3d4e5f67890}');
    expect(within(context).getByTestId('earlierAlerts')).toHaveTextContent(
      '3 earlier alerts since',
    );
  });

  it('marks a first-time identity', async () => {
    render({ alertContext: ok(alertContext(first, 0)) });
    const context = await expandFirstRow();
    expect(within(context).getByTestId('earlierAlerts')).toHaveTextContent(
      'First alert of this identity',
    );
  });

  it('claims nothing about earlier alerts when the identity is incomplete', async () => {
    const context = alertContext(first, 0);
    const terms = context.identity.terms.map((term, i) =>
      i === 0 ? { ...term, value: null } : term,
    );
    render({ alertContext: ok({ ...context, identity: { ...context.identity, terms } }) });
    const shown = await expandFirstRow();
    expect(within(shown).queryByTestId('earlierAlerts')).toBeNull();
  });

  it('in Kibana, each pivot links to Discover with its query and time range', async () => {
    const application = {
      getUrlForApp: (app: string, options?: { path?: string }) =>
        `/app/${app}${options?.path ?? ''}`,
    } as unknown as ApplicationStart;
    render(
      { alertContext: ok(alertContext(first)) },
      { pivots: createDiscoverPivotLinks(application) },
    );
    await expandFirstRow();
    for (const pivot of samplePivots(first)) {
      const link = screen.getByTestId(`pivot-${pivot.id}`);
      const url = readDiscoverUrl(link.getAttribute('href') ?? '');
      expect(url.path).toBe('/app/discover');
      expect(url.global.time).toEqual({ from: pivot.from, to: pivot.to });
      expect(url.global.refreshInterval).toEqual({ pause: true, value: 60_000 });
      expect(url.app.dataSource).toEqual({ type: 'esql' });
      expect(url.app.query?.esql).toBe(pivotEsql(pivot));
    }
    const related = readDiscoverUrl(
      screen.getByTestId('pivot-identity_related_calls').getAttribute('href') ?? '',
    );
    expect(related.app.query?.esql).toContain('user.name == "ci-deployer"');
    expect(related.app.query?.esql).toContain('cloud.account.id == "123456789012"');
    expect(related.app.query?.esql).toContain(
      'event.action IN ("StartSession", "SendCommand", "GetCallerIdentity", "AssumeRole")',
    );
  });

  it('without Discover, a pivot runs as a search and lists its events in a flyout', async () => {
    const panel = render({
      alertContext: ok(alertContext(first)),
      alertPivot: (options) => ok(pivotEvents(first, (options.query?.pivot ?? '') as PivotId)),
    });
    await expandFirstRow();
    const button = screen.getByTestId('pivot-identity_related_calls');
    expect(button).not.toHaveAttribute('href');
    fireEvent.click(button);
    const flyout = await screen.findByTestId('pivotFlyout');
    expect(within(flyout).getByText('Correlate with other events')).toBeInTheDocument();
    await within(flyout).findByTestId('pivotEvents');
    expect(within(flyout).getByTestId('pivotCount')).toHaveTextContent('3 events.');
    for (const event of pivotEvents(first, 'identity_related_calls').events) {
      expect(within(flyout).getByTestId(`pivotEvent-${event.id}`)).toHaveTextContent(
        event.action ?? '',
      );
    }
    expect(panel.http.calls.find((call) => call.path === ROUTES.alertPivot)?.options.query).toEqual(
      { id: first.id, pivot: 'identity_related_calls' },
    );
  });
});
