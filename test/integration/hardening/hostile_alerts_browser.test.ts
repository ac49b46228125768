// Alert fields come from event data, which an attacker writes (a user name, a user agent, an ARN in CloudTrail):
// in Chromium, the panel shows hostile values in every alert field, the top pairs and the reason as inert text —
// no script runs, no element or handler is created, no javascript: link is clickable.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { AlertsResponse } from '../../../common/api';
import { ROUTES } from '../../../common/api';
import {
  startStandaloneServer,
  type StandaloneServer,
} from '../../../server/hosts/standalone/server';
import { silentLogger } from '../../../server/lib/logger';
import { pluginRoutes, type AnyRouteDefinition } from '../../../server/routes';
import { ensureUiBuilt } from '../../../scripts/sandbox/ui_bundle';
import { launchChromium } from '../../support/browser/chromium';
import { activeAlerts } from '../../support/panel/answers/alerts_responses';
import { guideResponse } from '../../support/panel/answers/guide_responses';
import { mixedReadiness } from '../../support/panel/answers/readiness_responses';
import { healthyStatus } from '../../support/panel/answers/status_responses';
import { bundledNote } from '../../support/panel/bundled_note';

/** Each sets `window.__pwned` if it ever runs. */
const HOSTILE = [
  `<img src=x onerror="window.__pwned='img'">`,
  `<script>window.__pwned='script'</script>`,
  `javascript:window.__pwned='link'`,
  `"><svg onload="window.__pwned='svg'">`,
  `[click](javascript:window.__pwned='md')`,
  `{{constructor.constructor('window.__pwned=1')()}}`,
];

function hostileAlerts(): AlertsResponse {
  const answer = activeAlerts('7d');
  return {
    ...answer,
    topPairs: answer.topPairs.map((pair, index) => ({
      ...pair,
      values: [HOSTILE[index % HOSTILE.length], HOSTILE[(index + 1) % HOSTILE.length]],
    })),
    newest: answer.newest.map((alert, index) => ({
      ...alert,
      reason: `event by ${HOSTILE[index % HOSTILE.length]} created medium alert`,
      newTerms: [HOSTILE[index % HOSTILE.length], HOSTILE[(index + 2) % HOSTILE.length]],
      fields: Object.fromEntries(
        Object.keys(alert.fields).map((field, n) => [
          field,
          field === '@timestamp' ? alert.fields[field] : HOSTILE[(index + n) % HOSTILE.length],
        ]),
      ),
    })),
  };
}

const ANSWERS: Record<string, () => unknown> = {
  [ROUTES.status]: () => healthyStatus(),
  [ROUTES.readiness]: () => mixedReadiness(),
  [ROUTES.alerts]: () => hostileAlerts(),
  [ROUTES.guide]: () => guideResponse(bundledNote()),
};

let tmp: string;
let server: StandaloneServer;
let browser: Browser;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'hostile-alerts-'));
  const routes: AnyRouteDefinition<unknown>[] = pluginRoutes.map((route) => ({
    ...route,
    handle: async () => (ANSWERS[route.path] ?? (() => ({})))(),
  }));
  server = await startStandaloneServer({
    host: '127.0.0.1',
    port: 0,
    routes,
    createContext: async () => ({}),
    defaultAuthorization: 'Basic ZWxhc3RpYzpjaGFuZ2VtZQ==',
    uiDir: await ensureUiBuilt(() => undefined, path.join(tmp, 'ui')),
    uiConfig: { kibanaUrl: 'http://kibana.example' },
    logger: silentLogger,
  });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
});

it('keeps hostile alert fields inert in Chromium', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(server.url);
  const section = page.locator('[data-test-subj="alertsSection"]');
  await section.locator('[data-test-subj="topPairs"]').waitFor();
  // Open every alert's investigation fields, where each field of the event is shown.
  const expanders = section.getByRole('button', { name: 'Show all investigation fields' });
  for (let i = await expanders.count(); i > 0; i -= 1) await expanders.first().click();
  await section.locator('[data-test-subj="alertDetails"]').first().waitFor();
  await page.waitForLoadState('networkidle');

  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBe(
    undefined,
  );
  expect(await section.locator('script, img, svg[onload], iframe, object, embed').count()).toBe(0);
  expect(await section.locator('[onerror], [onload], [onclick]').count()).toBe(0);
  const hrefs = await section
    .locator('a')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
  // The values are there, as text.
  const text = await section.innerText();
  for (const value of HOSTILE) expect(text).toContain(value);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);
