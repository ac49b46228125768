// The analyst's workflow in headless Chromium against `ssm-recon-rule serve` on the test stack: the rule has fired
// on planted first-time reconnaissance, related calls are planted around one alert (inside and just outside the
// guide's ±30 minutes); the analyst opens that alert's related-calls pivot and the flyout lists exactly the
// identity's related events of the window, the planted ones among them; the analyst acknowledges an alert and the
// counts follow; the viewer is told why nothing changed. Screenshots go to test-artifacts/panel_workflow-<engine>/.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { AlertContextResponse, AlertsResponse } from '../../common/api';
import { ROUTES } from '../../common/api';
import { ensureUiBuilt } from '../../scripts/sandbox/ui_bundle';
import { engineFromEnv } from '../stack/engine/engine_kind';
import { basicAuthorization } from '../stack/kibana';
import { launchChromium } from '../support/browser/chromium';
import { panelBrowser, type DemoUser, type PanelBrowser } from '../support/browser/panel_page';
import {
  startNamespacedStack,
  type NamespacedStack,
} from '../support/integration/namespaced_stack';
import { hostCall } from '../support/integration/host_call';
import {
  identityOfAlert,
  plantRelatedEvents,
  type RelatedEvents,
} from '../support/integration/related_events';

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts', `panel_workflow-${engineFromEnv(process.env)}`);
const NAMESPACE = 'workflowjest';
const SPACE = 'workflowjest';
const ALERTS_INDEX = `.alerts-security.alerts-${SPACE}`;
const RELATED_CALLS = ['StartSession', 'SendCommand', 'GetCallerIdentity', 'AssumeRole'];
/** Generous: the machine running this may be small and busy. */
const WAIT = 60_000;

let stack: NamespacedStack | undefined;
let browser: Browser | undefined;
let panel: PanelBrowser | undefined;
let hostUrl: string;
let alerts: AlertsResponse;
let context: AlertContextResponse;
let related: RelatedEvents;

/** As the administrator; the set-up stops at the first refusal. */
async function asAdmin<T>(method: 'GET' | 'POST', route: string, body?: unknown): Promise<T> {
  const answer = await hostCall<T>(hostUrl, method, route, basicAuthorization('elastic'), body);
  if (answer.status !== 200) {
    throw new Error(`${method} ${route}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

function onPanel(user: DemoUser, name: string, steps: (page: Page) => Promise<void>) {
  if (!panel) throw new Error('the browser or the host did not start');
  return panel.onPanel(user, name, steps);
}

/** Ids of the identity's related calls in the pivot's window, straight from the logs. */
async function relatedInWindow(from: string, to: string): Promise<string[]> {
  const { account, user } = identityOfAlert(context);
  const answer = await (stack as NamespacedStack).es.search({
    index: `logs-aws.cloudtrail-${NAMESPACE}`,
    size: 1_000,
    _source: false,
    query: {
      bool: {
        filter: [
          { range: { '@timestamp': { gte: from, lte: to } } },
          { term: { 'user.name': user } },
          { term: { 'cloud.account.id': account } },
          { terms: { 'event.action': RELATED_CALLS } },
        ],
      },
    },
  });
  return answer.hits.hits.map((hit) => String(hit._id)).sort();
}

beforeAll(async () => {
  stack = await startNamespacedStack({
    namespace: NAMESPACE,
    data: { seed: 'workflow-e2e', eventsPerDay: 400, accounts: 1, usersPerAccount: 3 },
    rule: { from: 'now-4h' },
    emulator: { enabledDefault: false },
  });
  const uiDir = await ensureUiBuilt(() => undefined, path.join(stack.dir, 'ui'));
  hostUrl = (await stack.serve(SPACE, ['--ui-dir', uiDir, '--timeout', '120'])).url;
  await asAdmin('POST', ROUTES.deploy, { enable: true });
  await stack.emulator.runRules({ space: SPACE });
  alerts = await asAdmin<AlertsResponse>('GET', `${ROUTES.alerts}?range=7d`);
  expect(alerts.newest.length).toBeGreaterThanOrEqual(2);
  context = await asAdmin<AlertContextResponse>(
    'GET',
    `${ROUTES.alertContext}?id=${encodeURIComponent(alerts.newest[0].id)}`,
  );
  related = await plantRelatedEvents(stack.es, NAMESPACE, identityOfAlert(context));
  browser = await launchChromium();
  panel = await panelBrowser(browser, { url: hostUrl, artifactsDir: ARTIFACTS, timeoutMs: WAIT });
}, 600_000);

afterAll(async () => {
  await panel?.close();
  await browser?.close().catch(() => undefined);
  await stack?.stop();
}, 60_000);

describe('the analyst’s workflow in Chromium against ssm-recon-rule serve', () => {
  it('the related-calls pivot lists the planted events of the alert’s window, and nothing outside it', async () => {
    const pivot = context.pivots.find((candidate) => candidate.id === 'identity_related_calls');
    if (!pivot) throw new Error('the alert has no related-calls pivot');
    await onPanel('analyst', '1-pivot-flyout', async (page) => {
      const table = page.getByTestId('newestAlerts');
      await table.waitFor();
      await table.getByRole('button', { name: 'Show all investigation fields' }).first().click();
      const details = page.getByTestId('alertRowDetails');
      await details.getByTestId('alertContext').waitFor();
      await details
        .getByTestId('earlierAlerts')
        .getByText('First alert of this identity')
        .waitFor();
      // The standalone host has no Discover: the pivot is a button that runs the search here.
      const button = details.getByTestId('pivot-identity_related_calls');
      expect(await button.getAttribute('href')).toBeNull();
      await button.click();
      const flyout = page.getByTestId('pivotFlyout');
      await flyout.getByTestId('pivotEvents').waitFor();
      for (const planted of related.inside) {
        await flyout.getByTestId(`pivotEvent-${planted.id}`).waitFor();
      }
      const rows = flyout.locator('[data-test-subj^="pivotEvent-"]');
      const listed = (
        await rows.evaluateAll((elements) =>
          elements.map((element) =>
            (element.getAttribute('data-test-subj') ?? '').replace(/^pivotEvent-/, ''),
          ),
        )
      ).sort();
      for (const planted of related.outside) expect(listed).not.toContain(planted.id);
      // Exactly the identity's related calls inside the window: nothing from outside the time range.
      expect(listed).toEqual(await relatedInWindow(pivot.from, pivot.to));
      await (panel as PanelBrowser).screenshot(page, '1-pivot-flyout', false);
    });
  }, 180_000);

  it('the analyst acknowledges the newest alert and the status breakdown follows', async () => {
    const [newest] = alerts.newest;
    await onPanel('analyst', '2-triage', async (page) => {
      await page.getByTestId('workflow-acknowledged').getByText('Acknowledged: 0').waitFor();
      await page.getByTestId(`checkboxSelectRow-${newest.id}`).check();
      await page.getByTestId('triage-acknowledged').click();
      await page.getByTestId('workflow-acknowledged').getByText('Acknowledged: 1').waitFor();
      await (panel as PanelBrowser).screenshot(page, '2-triage');
    });
    await stack?.es.indices.refresh({ index: ALERTS_INDEX });
    const stored = await stack?.es.search<Record<string, string>>({
      index: ALERTS_INDEX,
      query: { term: { 'kibana.alert.uuid': newest.id } },
    });
    expect(stored?.hits.hits[0]._source?.['kibana.alert.workflow_status']).toBe('acknowledged');
  }, 180_000);

  it('the viewer is told why the status cannot change, and nothing changes', async () => {
    const second = alerts.newest[1];
    await onPanel('viewer', '3-viewer-read-only', async (page) => {
      await page.getByTestId(`checkboxSelectRow-${second.id}`).check();
      await page.getByTestId('triage-closed').click();
      await page
        .getByTestId('triageError')
        .getByText('Read-only: your role may not change the status of alerts')
        .waitFor();
      await (panel as PanelBrowser).screenshot(page, '3-viewer-read-only');
    });
    await stack?.es.indices.refresh({ index: ALERTS_INDEX });
    const stored = await stack?.es.search<Record<string, string>>({
      index: ALERTS_INDEX,
      query: { term: { 'kibana.alert.uuid': second.id } },
    });
    expect(stored?.hits.hits[0]._source?.['kibana.alert.workflow_status']).toBe('open');
  }, 180_000);

  it('raised no uncaught errors in the page and sent nothing the Detection Engine would reject', () => {
    expect(panel?.pageErrors).toEqual([]);
    expect(stack?.emulator.rejectedRequests()).toEqual([]);
  });
});
