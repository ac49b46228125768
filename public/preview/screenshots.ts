// Renders the standalone page in headless Chromium for each preview scenario, saves full-page screenshots to
// test-artifacts/ui/, and checks in the real browser that a hostile investigation guide stays inert.
// Run: npx tsx public/preview/screenshots.ts   (builds the UI first; needs /usr/bin/chromium)
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { buildUi, formatUiReport } from '../../scripts/build_ui';
import { startPreviewServer } from './preview_server';

const OUT = join(__dirname, '..', '..', 'test-artifacts', 'ui');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function settle(page: Page): Promise<void> {
  await page.waitForSelector('[data-test-subj="ruleFacts"]', { timeout: 30_000 });
  await page.waitForSelector('[data-test-subj="guideMarkdown"]', { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
}

async function checkHostileGuide(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const guide = page.locator('[data-test-subj="guideMarkdown"]');
  if (
    (await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)) !== undefined
  ) {
    problems.push('a script in the guide ran');
  }
  if ((await guide.locator('script').count()) > 0)
    problems.push('a <script> element is in the guide');
  if ((await guide.locator('img').count()) > 0) problems.push('an <img> element is in the guide');
  if ((await guide.locator('[onerror], [onclick], [onload]').count()) > 0)
    problems.push('an inline handler is in the guide');
  const hrefs = await guide
    .locator('a')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  if (hrefs.some((href) => /^\s*javascript:/i.test(href)))
    problems.push('a javascript: link is clickable');
  const external = guide.locator('a[href^="https://"]');
  for (const rel of await external.evaluateAll((anchors) =>
    anchors.map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`),
  )) {
    if (!/_blank/.test(rel) || !/noopener/.test(rel) || !/noreferrer/.test(rel))
      problems.push(`unsafe external link: ${rel}`);
  }
  if ((await page.locator('[data-test-subj="guideTokenPlaceholder"]').count()) !== 2)
    problems.push('guide tokens not replaced');
  return problems;
}

async function main(): Promise<number> {
  process.stdout.write(formatUiReport(await buildUi()));
  await mkdir(OUT, { recursive: true });
  const preview = await startPreviewServer();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
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
        const problems = await checkHostileGuide(page);
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
