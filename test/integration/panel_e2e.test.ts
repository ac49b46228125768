// The panel end to end in headless Chromium against `ssm-recon-rule serve` on the test stack: an administrator
// deploys and enables the rule, the Detection Engine runs it, the health turns healthy and the alert counts match
// the alerts index; the analyst reads the same panel without an active Deploy button. Screenshots go to
// test-artifacts/panel_e2e-<engine>/.
import { engineFromEnv } from '../stack/engine/engine_kind';
import path from 'node:path';
import type { Client } from '@elastic/elasticsearch';
import type { Browser, Page } from 'playwright-core';
import { ensureUiBuilt } from '../../scripts/sandbox/ui_bundle';
import { launchChromium } from '../support/browser/chromium';
import {
  alertTotal,
  deployThroughModal,
  enableFromPanel,
  panelBrowser,
  waitForNotDeployed,
  waitForVerdict,
  type DemoUser,
  type PanelBrowser,
} from '../support/browser/panel_page';
import type { RunningEmulator } from '../stack/kibana';
import {
  startNamespacedStack,
  type NamespacedStack,
} from '../support/integration/namespaced_stack';

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts', `panel_e2e-${engineFromEnv(process.env)}`);
const SPACE = 'paneljest';
const NAMESPACE = 'paneljest';
const ALERTS_INDEX = `.alerts-security.alerts-${SPACE}`;
const RULE_NAME = 'AWS SSM Inventory Reconnaissance by Rare User';
/** Generous: the machine running this may be small and busy. */
const WAIT = 60_000;

let stack: NamespacedStack | undefined;
let es: Client;
let emulator: RunningEmulator | undefined;
let browser: Browser | undefined;
let panel: PanelBrowser | undefined;
let planted: number;

function onPanel(
  username: DemoUser,
  name: string,
  steps: (page: Page) => Promise<void>,
): Promise<void> {
  if (!panel) throw new Error('the browser or the host did not start');
  return panel.onPanel(username, name, steps);
}

const screenshot = (page: Page, name: string, fullPage = true): Promise<void> =>
  (panel as PanelBrowser).screenshot(page, name, fullPage);

beforeAll(async () => {
  stack = await startNamespacedStack({
    namespace: NAMESPACE,
    data: { seed: 'panel-e2e', eventsPerDay: 600, accounts: 2, usersPerAccount: 3 },
    // Looking back 4 hours, one run covers the planted first-time reconnaissance of the last 3 hours.
    rule: { from: 'now-4h' },
    emulator: { enabledDefault: false },
  });
  es = stack.es;
  emulator = stack.emulator;
  planted = stack.data.plantedPairs;
  // The panel is built when older than its sources, then served from a private copy.
  const uiDir = await ensureUiBuilt(() => undefined, path.join(stack.dir, 'ui'));
  const serve = await stack.serve(SPACE, ['--ui-dir', uiDir, '--timeout', '120']);
  browser = await launchChromium();
  panel = await panelBrowser(browser, { url: serve.url, artifactsDir: ARTIFACTS, timeoutMs: WAIT });
}, 600_000);

afterAll(async () => {
  // Each step on its own, so that one failing still lets the others clean up.
  await panel?.close();
  await browser?.close().catch(() => undefined);
  await stack?.stop();
}, 60_000);

describe('the panel in Chromium against ssm-recon-rule serve', () => {
  it('shows the analyst the undeployed rule read-only, with the Deploy button disabled', async () => {
    await onPanel('analyst', '1-analyst-not-deployed', async (page) => {
      await waitForNotDeployed(page);
      await page.getByRole('heading', { level: 1, name: RULE_NAME }).waitFor();
      await page.getByTestId('readOnlyCallout').waitFor();
      const deploy = page.getByTestId('deployButton');
      await deploy.waitFor();
      expect(await deploy.isDisabled()).toBe(true);
      await expect(page.getByTestId('enableSwitch').isDisabled()).resolves.toBe(true);
      await screenshot(page, '1-analyst-not-deployed');
    });
  }, 120_000);

  it('lets the administrator deploy the rule through the confirmation, then enable it', async () => {
    await onPanel('elastic', '2-admin-deploy', async (page) => {
      await waitForNotDeployed(page);
      expect(await page.getByTestId('readOnlyCallout').count()).toBe(0);

      await deployThroughModal(panel as PanelBrowser, page, '2-admin-deploy-modal');
      await waitForVerdict(page, 'disabled');
      await page
        .getByTestId('deployedCopyBadge')
        .getByText(/^Custom copy v\d+, up to date$/)
        .waitFor();
      // Deployed and current: nothing left to deploy or upgrade.
      expect(await page.getByTestId('deployButton').count()).toBe(0);

      await enableFromPanel(page);
      // Enabled but not yet run: the panel says so rather than calling it healthy.
      await waitForVerdict(page, 'pending');
      await page.getByTestId('neverRun').waitFor();
      await screenshot(page, '3-admin-enabled');
    });
  }, 120_000);

  it('turns healthy once the Detection Engine ran the rule, with the alert counts of the alerts index', async () => {
    if (!emulator) throw new Error('the emulator did not start');
    const runs = await emulator.runRules();
    expect(runs.length).toBeGreaterThan(0);
    await es.indices.refresh({ index: ALERTS_INDEX });
    const written = (await es.count({ index: ALERTS_INDEX })).count;
    expect(planted).toBeGreaterThan(0);
    expect(written).toBe(planted);

    await onPanel('elastic', '4-admin-healthy', async (page) => {
      await waitForVerdict(page, 'healthy');
      await page.getByTestId('executionFacts').waitFor();
      const expected = written.toLocaleString('en-US');
      // Every planted first-time pair is from the last 3 hours, so all three periods count them all.
      for (const period of ['24h', '7d', '30d'] as const) {
        await page
          .getByTestId(`alertTotal-${period}`)
          .locator('.euiStat__title', { hasText: expected })
          .waitFor();
        expect(await alertTotal(page, period)).toBe(expected);
      }
      await expect(page.getByTestId('topPairs').locator('tbody tr').count()).resolves.toBe(planted);
      await screenshot(page, '4-admin-healthy');
    });
  }, 120_000);

  it('opens the investigation guide of the deployed rule', async () => {
    await onPanel('elastic', '5-guide', async (page) => {
      const guide = page.getByTestId('guideSection');
      await guide.getByTestId('guideSource').getByText('From the deployed rule').waitFor();
      const markdown = guide.getByTestId('guideMarkdown');
      await markdown.getByRole('heading', { name: `Investigating ${RULE_NAME}` }).waitFor();
      await guide.getByTestId('guideReferences').waitFor();
      await guide.scrollIntoViewIfNeeded();
      await guide.screenshot({ path: path.join(ARTIFACTS, '5-guide.png') });
    });
  }, 120_000);

  it('shows the analyst the healthy rule and its alerts, with no active Deploy button', async () => {
    const written = (await es.count({ index: ALERTS_INDEX })).count;
    await onPanel('analyst', '6-analyst-healthy', async (page) => {
      await waitForVerdict(page, 'healthy');
      await page.getByTestId('readOnlyCallout').waitFor();
      const deploy = page.getByTestId('deployButton');
      const active = (await deploy.count()) > 0 && (await deploy.isEnabled());
      expect(active).toBe(false);
      await expect(page.getByTestId('enableSwitch').isDisabled()).resolves.toBe(true);
      await page
        .getByTestId('alertTotal-24h')
        .locator('.euiStat__title', { hasText: written.toLocaleString('en-US') })
        .waitFor();
      // The chart and the guide text load on demand; the picture should show them.
      await page.getByTestId('alertsHistogram').waitFor();
      await page.getByTestId('guideMarkdown').waitFor();
      await screenshot(page, '6-analyst-healthy');
    });
  }, 120_000);

  it('raised no uncaught errors in the page and sent nothing the Detection Engine would reject', () => {
    expect(panel?.pageErrors).toEqual([]);
    expect(emulator?.rejectedRequests()).toEqual([]);
  });
});
