// Renders the standalone page in headless Chromium for each preview scenario, saves full-page screenshots to
// test-artifacts/ui/, and checks in the real browser that a hostile investigation guide stays inert.
// Run: npx tsx scripts/preview/screenshots.ts   (builds the UI first; needs /usr/bin/chromium)
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../test/support/browser/chromium';
import { buildUi, formatUiReport } from '../build_ui';
import { hostileGuideProblems } from './hostile_guide_check';
import { startPreviewServer } from './preview_server';

const OUT = join(__dirname, '..', '..', 'test-artifacts', 'ui');

async function settle(page: Page): Promise<void> {
  await page.waitForSelector('[data-test-subj="ruleFacts"]', { timeout: 30_000 });
  await page.waitForSelector('[data-test-subj="guideMarkdown"]', { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
}

async function main(): Promise<number> {
  process.stdout.write(formatUiReport(await buildUi()));
  await mkdir(OUT, { recursive: true });
  const preview = await startPreviewServer();
  const browser = await launchChromium();
  let failures = 0;
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // Failed requests are judged below by URL: the 403 and 409 answers are part of the scenarios.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        errors.push(message.text());
    });
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (response.status() >= 400 && !path.startsWith('/internal/'))
        errors.push(`${response.status()} ${path}`);
    });
    for (const scenario of [
      'admin',
      'dark',
      'healthy',
      'pending',
      'sandbox',
      'stale',
      'not-deployed',
      'upgrade',
      'analyst',
      'hostile-guide',
    ]) {
      const started = Date.now();
      await page.goto(`${preview.url}/?scenario=${scenario}`);
      await settle(page);
      const ms = Date.now() - started;
      await page.screenshot({ path: join(OUT, `${scenario}.png`), fullPage: true });
      await page.screenshot({ path: join(OUT, `${scenario}-top.png`) });
      process.stdout.write(`${scenario}: rendered in ${ms} ms\n`);
      if (scenario === 'hostile-guide') {
        const problems = await hostileGuideProblems(page);
        failures += problems.length;
        process.stdout.write(
          problems.length ? `  NOT INERT: ${problems.join('; ')}\n` : '  hostile guide inert\n',
        );
      }
      if (scenario === 'upgrade') {
        await page.getByRole('button', { name: 'Upgrade to v3' }).click();
        await page.waitForSelector('[data-test-subj="deployDrift"]');
        await page.screenshot({ path: join(OUT, 'upgrade-drift-modal.png') });
      }
    }
    if (errors.length) {
      process.stdout.write(`Browser errors:\n  ${errors.join('\n  ')}\n`);
      failures += errors.length;
    }
  } finally {
    await browser.close();
    await preview.close();
  }
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
