// Integration: `npm start` with a small data set prints its ready line, serves the panel and its API (each caller
// logs in), a person clicks through it in Chromium (the analyst reads, the administrator deploys Elastic's prebuilt
// rule and enables it, the emulated Detection Engine runs it on the sandbox's schedule, alerts appear), stops
// everything on SIGINT keeping the data, and a second start reuses that data instead of loading it.
// Runs on the run's engine (SSM_RECON_ENGINE); screenshots go to test-artifacts/sandbox-<engine>/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser/chromium';
import {
  alertTotal,
  deployThroughModal,
  enableFromPanel,
  panelBrowser,
  refreshUntilVisible,
  waitForNotDeployed,
  waitForVerdict,
  type PanelBrowser,
} from '../support/browser/panel_page';
import { basicAuthorization } from '../stack/kibana';
import { spawnEntry, REPO_ROOT, type SpawnedEntry } from '../stack/cli/spawned_entry';
import { engineFromEnv } from '../stack/engine/engine_kind';

// A busy two-core machine can take minutes to build the panel, start a JVM and load data.
const READY_TIMEOUT_MS = 8 * 60_000;
const STOP_TIMEOUT_MS = 60_000;
const READY_LINE =
  /^Sandbox ready at (http:\/\/127\.0\.0\.1:\d+) — .*elastic.*analyst.*nologs.*changeme/;
/** The sandbox names its Elasticsearch on stderr once ready. */
const ELASTICSEARCH_LINE = /\(Elasticsearch (http:\/\/127\.0\.0\.1:\d+), Kibana /;
const ALERTS_INDEX = '.alerts-security.alerts-default';
const RULE_NAME = 'AWS SSM Inventory Reconnaissance by Rare User';
/** Enabled rules run this often in the test's sandbox, so that a run follows the click on Enable quickly. */
const SCHEDULE_SECONDS = 5;
/** The live events plant a first-time reconnaissance user every 3 minutes; the rule looks back 6. */
const FIRST_ALERT_TIMEOUT_MS = 7 * 60_000;
const WAIT = 60_000;
const ENGINE = engineFromEnv(process.env);

let cacheDir: string;
let running: SpawnedEntry | undefined;
let browser: Browser | undefined;
let panel: PanelBrowser | undefined;

const start = (): SpawnedEntry =>
  spawnEntry('scripts/sandbox.ts', [
    '--engine',
    ENGINE,
    '--days',
    '2',
    '--events-per-day',
    '300',
    '--port',
    '0',
    '--heap',
    '512m',
    '--cache-dir',
    cacheDir,
    '--schedule-seconds',
    String(SCHEDULE_SECONDS),
  ]);

async function readyUrl(sandbox: SpawnedEntry): Promise<string> {
  const line = await sandbox.waitForLine(READY_LINE, READY_TIMEOUT_MS);
  return (READY_LINE.exec(line) as RegExpExecArray)[1];
}

beforeAll(() => {
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-it-'));
});

afterAll(async () => {
  await panel?.close();
  await browser?.close().catch(() => undefined);
  running?.kill();
  fs.rmSync(cacheDir, { recursive: true, force: true });
}, 60_000);

function onPanel(
  username: 'elastic' | 'analyst',
  name: string,
  steps: (page: Page) => Promise<void>,
): Promise<void> {
  if (!panel) throw new Error('the browser or the sandbox did not start');
  return panel.onPanel(username, name, steps);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first group of `pattern` in the entry's stderr, which may arrive just after its stdout. */
async function stderrMatch(entry: SpawnedEntry, pattern: RegExp): Promise<string> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const match = pattern.exec(entry.stderrTail());
    if (match?.[1]) return match[1];
    await sleep(100);
  }
  throw new Error(`no ${pattern} on stderr:\n${entry.stderrTail()}`);
}

async function alertsInIndex(elasticsearchUrl: string): Promise<number> {
  // The sandbox's Elasticsearch URL is secured like Elasticsearch: refreshing takes the superuser.
  const headers = { authorization: basicAuthorization('elastic') };
  await fetch(`${elasticsearchUrl}/${ALERTS_INDEX}/_refresh`, { method: 'POST', headers });
  const response = await fetch(`${elasticsearchUrl}/${ALERTS_INDEX}/_count`, { headers });
  if (response.status === 404) return 0;
  if (!response.ok) throw new Error(`counting alerts: HTTP ${response.status}`);
  return ((await response.json()) as { count: number }).count;
}

describe('npm start (the sandbox)', () => {
  let url: string;
  let elasticsearchUrl: string;
  let sandbox: SpawnedEntry;

  it(
    'prints one ready line, then serves the panel and its API to callers who log in',
    async () => {
      sandbox = running = start();
      url = await readyUrl(sandbox);
      expect(sandbox.lines).toHaveLength(1);
      elasticsearchUrl = await stderrMatch(sandbox, ELASTICSEARCH_LINE);

      const page = await fetch(`${url}/`, {
        headers: { authorization: basicAuthorization('elastic') },
      });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain('id="ssm-recon-root"');
      expect((await fetch(`${url}/`)).status).toBe(401);

      // The page's icon is served (it was a 404 on every page), and the page learns the sandbox's own schedule.
      const auth = { authorization: basicAuthorization('elastic') };
      const ico = await fetch(`${url}/favicon.ico`, { headers: auth });
      expect([ico.status, ico.headers.get('content-type')]).toEqual([200, 'image/x-icon']);
      const svg = await fetch(`${url}/favicon.svg`, { headers: auth });
      expect([svg.status, svg.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
      const uiConfig = await fetch(`${url}/ui-config.json`, { headers: auth });
      expect(await uiConfig.json()).toMatchObject({
        scheduleNote: expect.stringContaining(`every ${SCHEDULE_SECONDS} s`),
      });

      const readiness = await fetch(`${url}/internal/ssm_recon_rule/readiness`, {
        headers: {
          authorization: basicAuthorization('analyst'),
          'elastic-api-version': '1',
          'x-elastic-internal-origin': 'Kibana',
        },
      });
      expect(readiness.status).toBe(200);
      const body = (await readiness.json()) as {
        patterns: Array<{ pattern: string; documentsInHistoryWindow: number }>;
      };
      const cloudtrail = body.patterns.find((p) => p.pattern === 'logs-aws.cloudtrail-*');
      expect(cloudtrail?.documentsInHistoryWindow).toBeGreaterThan(2 * 300);
      expect(fs.readFileSync(path.join(cacheDir, 'sandbox.pid'), 'utf8').trim()).toMatch(/^\d+$/);
    },
    READY_TIMEOUT_MS + 30_000,
  );

  it(
    'clicks through in Chromium: the analyst reads, the administrator deploys and enables, alerts arrive',
    async () => {
      browser = await launchChromium();
      panel = await panelBrowser(browser, {
        url,
        artifactsDir: path.join(REPO_ROOT, 'test-artifacts', `sandbox-${ENGINE}`),
        timeoutMs: WAIT,
      });
      const screenshot = (page: Page, name: string) =>
        (panel as PanelBrowser).screenshot(page, name);

      await onPanel('analyst', '1-analyst-not-deployed', async (page) => {
        await waitForNotDeployed(page);
        await page.getByRole('heading', { level: 1, name: RULE_NAME }).waitFor();
        await page.getByTestId('readOnlyCallout').waitFor();
        await expect(page.getByTestId('deployButton').isDisabled()).resolves.toBe(true);
        // The sandbox's data can feed the rule (two days of history only warn about the baseline).
        const cloudtrail = page
          .getByTestId('pattern-logs-aws.cloudtrail-*')
          .getByTestId('checkStatus')
          .first();
        await expect(cloudtrail.getAttribute('data-status')).resolves.toMatch(/^(pass|warn)$/);
        await screenshot(page, '1-analyst-not-deployed');
      });

      await onPanel('elastic', '2-admin-deploy', async (page) => {
        await waitForNotDeployed(page);
        await deployThroughModal(panel as PanelBrowser, page, '2-admin-deploy-modal');
        // The sandbox's emulated Kibana ships Elastic's prebuilt rule: deploying installs that copy, disabled.
        await page
          .getByTestId('deployedCopyBadge')
          .getByText(/^Elastic prebuilt v\d+, up to date$/)
          .waitFor();
        await waitForVerdict(page, 'disabled');
        await enableFromPanel(page);
        await screenshot(page, '3-admin-enabled');
      });

      // The sandbox's own schedule runs the rule; nothing here triggers it. The panel shows what it loaded, so a
      // person presses Refresh until the first run is there.
      await onPanel('elastic', '4-admin-healthy', async (page) => {
        await refreshUntilVisible(page, page.getByTestId('executionFacts'), WAIT);
        await waitForVerdict(page, 'healthy');
        // The panel says the sandbox runs the rule faster than its schedule reads.
        await page
          .getByTestId('scheduleNote')
          .getByText(`every ${SCHEDULE_SECONDS} s`, { exact: false })
          .waitFor();
      });

      // Live events plant a first-time reconnaissance user every few minutes; the alerts index shows when the
      // sandbox's schedule has alerted on one.
      const deadline = Date.now() + FIRST_ALERT_TIMEOUT_MS;
      while ((await alertsInIndex(elasticsearchUrl)) === 0) {
        if (Date.now() > deadline) throw new Error('no alert within the wait for the first one');
        await sleep(SCHEDULE_SECONDS * 1000);
      }
      // The panel's 24-hour total equals the alerts index; a run between the two reads of the index retries.
      for (let attempt = 1; ; attempt++) {
        const before = await alertsInIndex(elasticsearchUrl);
        let shown = '';
        await onPanel('elastic', '5-admin-alerts', async (page) => {
          await waitForVerdict(page, 'healthy');
          shown = await alertTotal(page, '24h');
          await screenshot(page, '5-admin-alerts');
        });
        const after = await alertsInIndex(elasticsearchUrl);
        if (before !== after && attempt < 5) continue;
        expect(shown).toBe(after.toLocaleString('en-US'));
        break;
      }

      await onPanel('analyst', '6-analyst-healthy', async (page) => {
        await waitForVerdict(page, 'healthy');
        await page.getByTestId('readOnlyCallout').waitFor();
        await expect(page.getByTestId('enableSwitch').isDisabled()).resolves.toBe(true);
        // The alerts section loads beside status: wait for its first pair rather than count what has arrived.
        await page.getByTestId('topPairs').locator('tbody tr').first().waitFor();
        await page
          .getByTestId('guideSection')
          .getByTestId('guideSource')
          .getByText('From the deployed rule')
          .waitFor();
        await page
          .getByTestId('guideMarkdown')
          .getByRole('heading', { name: `Investigating ${RULE_NAME}` })
          .waitFor();
        await screenshot(page, '6-analyst-healthy');
      });
      expect(panel.pageErrors).toEqual([]);
    },
    FIRST_ALERT_TIMEOUT_MS + 6 * WAIT,
  );

  it(
    'stops on SIGINT leaving only its data behind',
    async () => {
      expect(await sandbox.stop('SIGINT', STOP_TIMEOUT_MS)).toBe(0);
      await expect(fetch(`${url}/`)).rejects.toThrow();
      expect(fs.readdirSync(cacheDir).sort()).toEqual([
        `data-${ENGINE}.json`,
        `engine-${ENGINE}`,
        'ui',
      ]);
      const markerFile = path.join(cacheDir, `data-${ENGINE}.json`);
      const marker = JSON.parse(fs.readFileSync(markerFile, 'utf8')) as {
        generator: unknown;
        generatedAt: string;
        dataUntil: string;
      };
      expect(marker.generator).toEqual({ seed: 'ssm-recon', days: 2, eventsPerDay: 300 });
      // The live events keep the data current: the marker reaches beyond the generation time.
      expect(Date.parse(marker.dataUntil)).toBeGreaterThan(Date.parse(marker.generatedAt));
    },
    STOP_TIMEOUT_MS + 30_000,
  );

  it(
    'reuses the loaded data on a second start',
    async () => {
      const sandbox = (running = start());
      const url = await readyUrl(sandbox);
      expect(sandbox.stderrTail()).toMatch(/\[data\] reusing [\d,]+ documents/);
      expect(sandbox.stderrTail()).not.toMatch(/\[data\] generating/);
      const page = await fetch(`${url}/`, {
        headers: { authorization: basicAuthorization('analyst') },
      });
      expect(page.status).toBe(200);
      expect(await sandbox.stop('SIGTERM', STOP_TIMEOUT_MS)).toBe(0);
    },
    READY_TIMEOUT_MS + STOP_TIMEOUT_MS + 30_000,
  );
});
