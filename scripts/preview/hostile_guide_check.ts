// What makes a rendered investigation guide unsafe, checked in a real browser: scripts that ran, active elements,
// inline handlers, javascript: links, external links that can reach back to the page, tokens left unreplaced.
import type { Page } from 'playwright-core';

/** Every problem found in the guide on `page` (empty when the guide is inert). */
export async function hostileGuideProblems(page: Page): Promise<string[]> {
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
