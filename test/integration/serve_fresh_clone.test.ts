// `serve` as the README tells a new user to run it, on a fresh clone (the repository's committed HEAD, its
// node_modules linked in place of `npm install`, so no built panel): the first start builds the panel and Chromium
// sees it at `/`; a second start with --rule serves the already built panel for that other rule. Screenshots go to
// test-artifacts/serve_fresh_clone/.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser/chromium';
import { panelBrowser, type PanelBrowser } from '../support/browser/panel_page';
import { spawnServe, type ServeProcess } from '../support/browser/serve_process';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../support/integration/emulator_fixture';

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'serve_fresh_clone');
/** Generous: the first start builds the panel on a machine that may be small and busy. */
const FIRST_START = 600_000;
const WAIT = 60_000;

let dir: string;
let clone: string;
let fixture: EmulatorFixture | undefined;
let browser: Browser | undefined;
const serves: ServeProcess[] = [];

/** The README's command in the clone, on a free port, against the test stack. */
async function serveInClone(extra: readonly string[] = []) {
  const started = await spawnServe(
    'npx',
    [
      '--offline',
      'ssm-recon-rule',
      'serve',
      '--elasticsearch-url',
      process.env.ELASTICSEARCH_URL ?? '',
      '--kibana-url',
      (fixture as EmulatorFixture).emulator.url,
      '--space',
      'freshclone',
      '--port',
      '0',
      ...extra,
    ],
    clone,
    FIRST_START,
  );
  serves.push(started);
  return started;
}

async function onPanel(url: string, name: string, ruleName: string): Promise<PanelBrowser> {
  const panel = await panelBrowser(browser as Browser, {
    url,
    artifactsDir: ARTIFACTS,
    timeoutMs: WAIT,
  });
  await panel.onPanel('elastic', name, async (page) => {
    await page.getByRole('heading', { level: 1, name: ruleName }).waitFor();
    await panel.screenshot(page, name);
  });
  return panel;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fresh-clone-'));
  clone = path.join(dir, 'kibana-ssm-recon-rule');
  const head = execFileSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  execFileSync('git', ['clone', '--quiet', '--no-checkout', ROOT, clone]);
  execFileSync('git', ['-C', clone, 'checkout', '--quiet', head]);
  await symlink(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
  fixture = await startEmulatorFixture({ prebuiltPackage: 'empty' });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  for (const serve of serves) await serve.stop().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await fixture?.stop().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
}, 60_000);

describe('serve on a fresh clone', () => {
  it(
    'builds the missing panel on first start and shows it at /',
    async () => {
      const panelIndex = path.join(clone, 'target/public/standalone/index.html');
      expect(existsSync(panelIndex)).toBe(false);
      const serve = await serveInClone();
      expect(serve.stderr).toContain('[ui] building the panel');
      expect(existsSync(panelIndex)).toBe(true);
      const panel = await onPanel(
        serve.url,
        'first-start',
        'AWS SSM Inventory Reconnaissance by Rare User',
      );
      expect(panel.pageErrors).toEqual([]);
      await panel.close();
      await serve.stop();
    },
    FIRST_START + WAIT,
  );

  it(
    'serves the built panel for the rule it was started with',
    async () => {
      const rule = path.join(
        clone,
        'test/fixtures/rule/aws/defense_evasion_guardduty_member_manipulation.toml',
      );
      const serve = await serveInClone(['--rule', rule]);
      expect(serve.stderr).toContain('[ui] the panel is already built');
      const panel = await onPanel(
        serve.url,
        'other-rule',
        'AWS GuardDuty Member Account Manipulation',
      );
      expect(panel.pageErrors).toEqual([]);
      await panel.close();
    },
    FIRST_START,
  );
});
