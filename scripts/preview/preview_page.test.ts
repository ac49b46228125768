// The standalone page in headless Chromium against the preview's sample answers: every scenario renders without a
// browser error or a failed page resource, a hostile investigation guide stays inert in a real browser (and the
// check itself notices an active element), the upgrade scenario shows the drift in the deploy modal, and the page
// reads as laid out: run times on one line in a column of their own, passing checks folded, the page's icon.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../test/support/browser/chromium';
import { ensureUiBuilt } from '../sandbox/ui_bundle';
import { hostileGuideProblems } from './hostile_guide_check';
import { previewScenarios } from './preview_scenarios';
import { startPreviewServer, type PreviewServer } from './preview_server';

const WAIT = 60_000;

let tmp: string | undefined;
let preview: PreviewServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'preview-page-'));
  preview = await startPreviewServer(0, await ensureUiBuilt(() => undefined, path.join(tmp, 'ui')));
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await preview?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Opens a scenario and waits until the header and the guide have rendered; collects the page's errors. */
async function openScenario(scenario: string, errors: string[]): Promise<Page> {
  if (!browser || !preview) throw new Error('the browser or the preview did not start');
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(WAIT);
  page.on('pageerror', (error) => errors.push(`${scenario}: ${error.message}`));
  page.on('console', (message) => {
    // The 403 and 409 answers belong to the scenarios; the browser reports each as a failed resource, and the
    // responses are judged by path below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(`${scenario}: ${message.text()}`);
  });
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (response.status() >= 400 && !pathname.startsWith('/internal/'))
      errors.push(`${scenario}: ${response.status()} ${pathname}`);
  });
  await page.goto(`${preview.url}/?scenario=${scenario}`);
  await page.getByTestId('ruleFacts').waitFor();
  await page.getByTestId('guideMarkdown').waitFor();
  // Lazy sections (charts, icons) load after the first render; their errors count too.
  await page.waitForLoadState('networkidle');
  return page;
}

describe('the standalone page in Chromium with sample answers', () => {
  it('renders every scenario without a browser error', async () => {
    const errors: string[] = [];
    const scenarios = Object.keys(previewScenarios(''));
    expect(scenarios.length).toBeGreaterThan(5);
    for (const scenario of scenarios) {
      const page = await openScenario(scenario, errors);
      await page.close();
    }
    expect(errors).toEqual([]);
  }, 300_000);

  it('keeps a hostile investigation guide inert', async () => {
    const errors: string[] = [];
    const page = await openScenario('hostile-guide', errors);
    try {
      // The guide's text did render: the safe parts of the hostile note are there.
      await page.getByTestId('guideMarkdown').getByText('aws ssm get-inventory').waitFor();
      expect(await hostileGuideProblems(page)).toEqual([]);
      expect(errors).toEqual([]);

      // The check notices an active element when one is there.
      await page.evaluate(() => {
        const guide = document.querySelector('[data-test-subj="guideMarkdown"]');
        const img = document.createElement('img');
        img.setAttribute('onerror', 'void 0');
        guide?.appendChild(img);
      });
      expect(await hostileGuideProblems(page)).toEqual(
        expect.arrayContaining([
          'an <img> element is in the guide',
          'an inline handler is in the guide',
        ]),
      );
    } finally {
      await page.close();
    }
  }, 120_000);

  it('shows what the upgrade would overwrite before it runs', async () => {
    const errors: string[] = [];
    const page = await openScenario('upgrade', errors);
    try {
      await page.getByRole('button', { name: /^Upgrade to v\d+$/ }).click();
      await page.getByTestId('deployDrift').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('gives recent runs room (each time on one line), folds passing checks and notes the sandbox schedule', async () => {
    const errors: string[] = [];
    const page = await openScenario('sandbox', errors);
    try {
      const times = page.getByTestId('runTime');
      expect(await times.count()).toBeGreaterThan(0);
      const lines = await times.evaluateAll((cells) =>
        cells.map((cell) => {
          const lineHeight = parseFloat(getComputedStyle(cell).lineHeight);
          return Math.round(cell.getBoundingClientRect().height / lineHeight);
        }),
      );
      expect(new Set(lines)).toEqual(new Set([1]));
      // Beside the facts, not under them, at this width.
      const facts = await page.getByTestId('executionFacts').boundingBox();
      const runs = await page.getByTestId('runHistory').boundingBox();
      expect(runs && facts && runs.x > facts.x + facts.width).toBe(true);

      const fleet = page.getByTestId('pattern-logs-aws.cloudtrail-*');
      await fleet.getByRole('button', { name: '6 checks pass' }).waitFor();
      expect(await fleet.locator('[data-test-subj^="check-"]').count()).toBe(0);
      await expect(fleet.innerText()).resolves.toContain(
        'Matches logs-aws.cloudtrail-default. At least 10,000 documents in the history window',
      );

      await expect(page.getByTestId('scheduleNote').innerText()).resolves.toContain('every 30 s');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it("links and serves the page's icon, also at /favicon.ico", async () => {
    const errors: string[] = [];
    const page = await openScenario('healthy', errors);
    try {
      const href = await page.locator('link[rel="icon"]').getAttribute('href');
      const svg = await page.request.get(new URL(href ?? '', page.url()).href);
      expect([svg.status(), svg.headers()['content-type']]).toEqual([200, 'image/svg+xml']);
      const ico = await page.request.get(new URL('/favicon.ico', page.url()).href);
      expect([ico.status(), ico.headers()['content-type']]).toEqual([200, 'image/x-icon']);
      // The ICO's one image decodes in the browser, at its size.
      const size = await page.evaluate(async () => {
        const image = new Image();
        image.src = '/favicon.ico';
        await image.decode();
        return [image.naturalWidth, image.naturalHeight];
      });
      expect(size).toEqual([32, 32]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});
