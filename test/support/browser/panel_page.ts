// Drives the panel in Chromium for the end-to-end tests: one browser context per demo user (basic authentication
// answered as that user), pages that record uncaught errors, screenshots, and the waits the panel's states need.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../stack/kibana/auth/users';

export type DemoUser = 'elastic' | 'analyst' | 'viewer';

export interface PanelBrowserOptions {
  /** Where the panel is served. */
  url: string;
  /** Screenshots land here. */
  artifactsDir: string;
  /** Default wait of every step; generous, the machine may be small and busy. */
  timeoutMs: number;
}

export interface PanelBrowser {
  /** Opens the panel as `username` and runs `steps`; a failing step leaves a `<name>-failed.png` behind. */
  onPanel(username: DemoUser, name: string, steps: (page: Page) => Promise<void>): Promise<void>;
  screenshot(page: Page, name: string, fullPage?: boolean): Promise<void>;
  /** Uncaught errors of every page opened so far, prefixed with the user. */
  readonly pageErrors: readonly string[];
  close(): Promise<void>;
}

export async function panelBrowser(
  browser: Browser,
  options: PanelBrowserOptions,
): Promise<PanelBrowser> {
  await mkdir(options.artifactsDir, { recursive: true });
  const contexts = new Map<DemoUser, BrowserContext>();
  const pageErrors: string[] = [];

  const contextFor = async (username: DemoUser): Promise<BrowserContext> => {
    const existing = contexts.get(username);
    if (existing) return existing;
    const context = await browser.newContext({
      httpCredentials: { username, password: DEMO_PASSWORD },
      locale: 'en-US',
      viewport: { width: 1400, height: 1000 },
    });
    context.setDefaultTimeout(options.timeoutMs);
    contexts.set(username, context);
    return context;
  };

  const screenshot = async (page: Page, name: string, fullPage = true): Promise<void> => {
    await page.screenshot({ path: path.join(options.artifactsDir, `${name}.png`), fullPage });
  };

  return {
    pageErrors,
    screenshot,
    async onPanel(username, name, steps) {
      const page = await (await contextFor(username)).newPage();
      page.on('pageerror', (error) => pageErrors.push(`${username}: ${error.message}`));
      // The host's Content-Security-Policy must not block anything the panel needs.
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
          pageErrors.push(`${username}: ${message.text()}`);
        }
      });
      // A page resource the host does not have (the favicon was one) is an error; the API's refusals (403, 409)
      // belong to the scenarios, and a 401 is the log-in challenge the context answers.
      page.on('response', (response) => {
        const { pathname } = new URL(response.url());
        if (
          response.status() >= 400 &&
          response.status() !== 401 &&
          !pathname.startsWith('/internal/')
        )
          pageErrors.push(`${username}: ${response.status()} ${pathname}`);
      });
      try {
        await page.goto(options.url);
        await page.getByTestId('ssmReconApp').waitFor();
        await steps(page);
      } catch (error) {
        await screenshot(page, `${name}-failed`).catch(() => undefined);
        throw error;
      } finally {
        await page.close();
      }
    },
    async close() {
      await Promise.allSettled([...contexts.values()].map((context) => context.close()));
    },
  };
}

/** Undeployed, the health card shows an empty state rather than a verdict; the header badge says so. */
export async function waitForNotDeployed(page: Page): Promise<void> {
  await page
    .getByTestId('deployedCopyBadge')
    .getByText(/^Not deployed/)
    .waitFor();
  await page.getByTestId('healthSection').getByText('Not deployed', { exact: true }).waitFor();
}

export async function waitForVerdict(page: Page, verdict: string): Promise<void> {
  await page.locator(`[data-test-subj="verdictBadge"][data-verdict="${verdict}"]`).waitFor();
}

/** The alert total the panel shows for one period, as displayed (e.g. "1,234"). */
export async function alertTotal(page: Page, period: '24h' | '7d' | '30d'): Promise<string> {
  const title = page.getByTestId(`alertTotal-${period}`).locator('.euiStat__title');
  await title.waitFor();
  return (await title.innerText()).trim();
}

/** Deploys through the confirmation modal; `modalShot` names a viewport screenshot of the open modal. */
export async function deployThroughModal(
  panel: PanelBrowser,
  page: Page,
  modalShot: string,
): Promise<void> {
  await page.getByTestId('deployButton').click();
  const modal = page.getByTestId('deployModal');
  await modal.waitFor();
  await modal.getByTestId('deployPlanSummary').waitFor();
  // The viewport only: the modal's overlay covers the window, not the whole page.
  await panel.screenshot(page, modalShot, false);
  await modal.locator('[data-test-subj="confirmDeploy"]:not([disabled])').click();
  await modal.waitFor({ state: 'detached' });
}

/** Flips the enable switch on and waits until the panel shows it on. */
export async function enableFromPanel(page: Page): Promise<void> {
  const enable = page.getByTestId('enableSwitch');
  if ((await enable.getAttribute('aria-checked')) !== 'false') {
    throw new Error('the enable switch is not off');
  }
  await enable.click();
  await page.locator('[data-test-subj="enableSwitch"][aria-checked="true"]').waitFor();
}

/** Presses the panel's Refresh every few seconds until `target` shows, as a person waiting for a change would. */
export async function refreshUntilVisible(
  page: Page,
  target: Locator,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = deadline - Date.now();
    try {
      await target.waitFor({ timeout: Math.max(1, Math.min(5_000, left)) });
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    await page.getByTestId('refreshButton').click();
  }
}
