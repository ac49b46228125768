// The installable Kibana archive end to end: `npm run build`'s command builds it; it installs the way
// `kibana-plugin install` does and passes Kibana's manifest rules; its server entry loads in Node from a Kibana
// layout and answers a route against the Detection Engine emulator; its browser bundle registers with
// `__kbnBundles__`, takes React and EUI from `__kbnSharedDeps__`, and mounts the panel in Chromium.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { KibanaRequest, RequestHandlerContext } from '@kbn/core/server';
import type { Browser } from 'playwright-core';
import { ROUTES, type StatusResponse } from '../../common/api';
import { API_PREFIX, PLUGIN_ID, PLUGIN_NAME } from '../../common/constants';
import { buildPlugin } from '../../scripts/build/build_plugin';
import { DEFAULT_KIBANA_VERSION } from '../../scripts/build/kibana_version';
import { LEGACY_MANIFEST_KEYS } from '../../scripts/manifest/legacy_manifest';
import { silentLogger } from '../../server/lib/logger';
import { startHost, type RunningHost } from '../../server/hosts/standalone/start_host';
import { buildPageAssets, type PageAssets } from '../support/archive/browser/page_assets';
import type { CoreDoubleState } from '../support/archive/browser/core_entry';
import { startPageServer } from '../support/archive/browser/page_server';
import {
  installArchive,
  listEntries,
  readEntry,
  type ZipEntryInfo,
} from '../support/archive/install_archive';
import { createKibanaHome, type KibanaHome } from '../support/archive/kibana_home';
import { kibanaManifestProblems } from '../support/archive/kibana_manifest_rules';
import {
  createCoreSetupDouble,
  requestEventsDouble,
  responseFactory,
  validationResult,
  type RegisteredRoute,
  type ResponseDouble,
} from '../support/kibana/server_doubles';
import { SHARED_DEP_SIGNATURES } from '../support/archive/shared_dep_signatures';
import { launchChromium } from '../support/browser/chromium';
import { PLUGIN_ROUTE_REGISTRATIONS, routeRegistrations } from '../support/kibana/plugin_routes';
import { createFeaturesDouble } from '../support/kibana/kibana_authz';
import { basicAuthorization, DEMO_PASSWORD, type RunningEmulator } from '../stack/kibana';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../support/integration/emulator_fixture';

const ROOT = path.resolve(__dirname, '../..');
const VERSION = DEFAULT_KIBANA_VERSION;
const PREFIX = `kibana/${PLUGIN_ID}/`;
const SPACE = 'archive';

interface ServerEntry {
  config: { schema: { validate(value: unknown): unknown } };
  plugin(context: unknown): Promise<{ setup(core: unknown, plugins: unknown): void }>;
}

let tmp: string;
let archive: string;
let buildOutput: string;
let entries: ZipEntryInfo[];
let home: KibanaHome;
let pluginDir: string;

function runBuild(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // Exactly what a user runs: the package.json script, with options after `--`.
  const child = spawn('npm', ['run', '--silent', 'build', '--', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function filesUnder(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  return found
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'archive-test-'));
  const built = await runBuild(['--kibana-version', VERSION, '--out-dir', path.join(tmp, 'build')]);
  if (built.code !== 0) throw new Error(`the build failed: ${built.stderr}`);
  buildOutput = built.stdout;
  archive = path.join(tmp, 'build', `${PLUGIN_ID}-${VERSION}.zip`);
  entries = await listEntries(archive);
  home = await createKibanaHome(VERSION);
  pluginDir = await installArchive(archive, home.dir, VERSION);
}, 120_000);

afterAll(async () => {
  await home?.remove();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('npm run build', () => {
  it(`writes ${PLUGIN_ID}-<version>.zip with Kibana's plugin layout and production files only`, () => {
    expect(buildOutput).toContain(`${PLUGIN_ID}-${VERSION}.zip for Kibana ${VERSION}`);
    const names = entries.map((entry) => entry.name);
    expect(names.every((name) => name.startsWith(PREFIX))).toBe(true);
    const files = names.map((name) => name.slice(PREFIX.length));
    expect(files).toEqual(
      expect.arrayContaining([
        'kibana.json',
        'package.json',
        'server/index.js',
        'server/hosts/kibana/plugin.js',
        'common/constants.js',
        'common/rules/discovery_ssm_inventory_reconnaissance.toml',
        'common/rules/version_lock.json',
        `target/public/${PLUGIN_ID}.plugin.js`,
        `target/public/${PLUGIN_ID}.chunk.application.js`,
        'node_modules/smol-toml/package.json',
      ]),
    );
    const ours = files.filter((file) => !file.startsWith('node_modules/'));
    expect(ours.filter((file) => !/^(server|common)\/.+\.js$/.test(file))).toEqual(
      expect.arrayContaining(['kibana.json', 'package.json']),
    );
    for (const file of ours) {
      expect(file).toMatch(
        /^(kibana\.json|package\.json|(server|common)\/.+\.(js|json|toml)|target\/public\/[^/]+\.js)$/,
      );
      expect(file).not.toMatch(/\.test\.js$|__fixtures__|^public\//);
    }
    // Kibana provides these; a copy would split React/EUI or Elasticsearch error classes in two.
    const modules = new Set(
      files
        .filter((f) => f.startsWith('node_modules/'))
        .map((f) =>
          f
            .split('/')
            .slice(1, f.split('/')[1].startsWith('@') ? 3 : 2)
            .join('/'),
        ),
    );
    expect([...modules]).toEqual(['smol-toml']);
    // The installer creates each file with the mode stored in the zip: all must be readable.
    for (const entry of entries) expect(entry.mode & 0o100444).toBe(0o100444);
  });

  it('stamps kibana.json, generated from kibana.jsonc, with exactly the Kibana version asked for', async () => {
    const manifest = JSON.parse(
      (await readEntry(archive, `${PREFIX}kibana.json`)).toString(),
    ) as Record<string, unknown>;
    expect(kibanaManifestProblems(manifest, VERSION)).toEqual([]);
    for (const key of Object.keys(manifest)) expect(LEGACY_MANIFEST_KEYS).toContain(key);
    expect(manifest).toMatchObject({
      id: PLUGIN_ID,
      kibanaVersion: VERSION,
      server: true,
      ui: true,
      configPath: [PLUGIN_ID],
      optionalPlugins: ['spaces'],
    });
    // Kibana refuses any other version, even a patch apart.
    expect(kibanaManifestProblems(manifest, '9.2.0')).toEqual([
      `Plugin "${PLUGIN_ID}" is only compatible with Kibana version "${VERSION}", but used Kibana version is "9.2.0".`,
    ]);
    expect(kibanaManifestProblems({ ...manifest, plugin: {} }, VERSION)[0]).toMatch(
      /unrecognized properties: plugin/,
    );
    const pkg = JSON.parse((await readEntry(archive, `${PREFIX}package.json`)).toString()) as {
      dependencies: unknown;
    };
    expect(pkg.dependencies).toEqual({ 'smol-toml': expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });

  it('builds for another Kibana version on request, which Kibana of a different version will not install', async () => {
    const other = await buildPlugin({
      root: ROOT,
      kibanaVersion: '9.1.7',
      outDir: path.join(tmp, 'other'),
    });
    expect(path.basename(other.archive)).toBe(`${PLUGIN_ID}-9.1.7.zip`);
    const manifest = JSON.parse(
      (await readEntry(other.archive, `${PREFIX}kibana.json`)).toString(),
    ) as { kibanaVersion: string };
    expect(manifest.kibanaVersion).toBe('9.1.7');
    await expect(installArchive(other.archive, home.dir, VERSION)).rejects.toThrow(
      `Plugin ${PLUGIN_ID} [9.1.7] is incompatible with Kibana [${VERSION}]`,
    );
    // Same sources, same bytes: the browser files of both builds are identical.
    expect(other.browser.entry).toEqual(
      (await buildPlugin({ root: ROOT, kibanaVersion: '9.1.7', outDir: path.join(tmp, 'again') }))
        .browser.entry,
    );
  }, 60_000);

  it('refuses a Kibana version that is not exact', async () => {
    const refused = await runBuild([
      '--kibana-version',
      '9.2',
      '--out-dir',
      path.join(tmp, 'refused'),
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--kibana-version must be an exact version');
  });
});

describe('the archive’s server entry, loaded in Node from a Kibana installation', () => {
  let stack: EmulatorFixture | undefined;
  let emulator: RunningEmulator;

  beforeAll(async () => {
    stack = await startEmulatorFixture({ prebuiltPackage: 'empty', enabledDefault: false });
    emulator = stack.emulator;
  }, 60_000);

  afterAll(() => stack?.stop());

  async function setUp(): Promise<RegisteredRoute[]> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const entry = require(path.join(pluginDir, 'server')) as ServerEntry;
    const settings = entry.config.schema.validate({});
    const logger = { ...silentLogger, get: () => logger };
    const instance = await entry.plugin({
      logger: { get: () => logger },
      config: { get: () => settings },
      env: { packageInfo: { version: VERSION, branch: '9.2' } },
    });
    const routes: RegisteredRoute[] = [];
    instance.setup(createCoreSetupDouble({ routes, serverUrl: emulator.url, spaceId: SPACE }), {
      features: createFeaturesDouble().features,
    });
    return routes;
  }

  it('resolves its own packages from the archive and Kibana’s from Kibana', () => {
    const from = [path.join(pluginDir, 'server/lib/rule')];
    expect(
      require.resolve('smol-toml', { paths: from }).startsWith(`${pluginDir}${path.sep}`),
    ).toBe(true);
    expect(require.resolve('io-ts', { paths: from })).not.toContain(pluginDir);
  });

  it('registers its routes on Kibana’s versioned router: internal, version 1, each with its privilege', async () => {
    const routes = await setUp();
    expect(routeRegistrations(routes)).toEqual(PLUGIN_ROUTE_REGISTRATIONS);
    for (const route of routes) {
      expect(route.config.path.startsWith(`${API_PREFIX}/`)).toBe(true);
      expect(route.config.access).toBe('internal');
      expect(route.version).toBe('1');
      expect(route.config.security.authz).toHaveProperty('requiredPrivileges');
    }
    const enable = routes.find((r) => r.config.path === ROUTES.enable)!;
    expect(enable.validate.body!({ enabled: 'yes' }, validationResult).error?.message).toMatch(
      /body.enabled/,
    );
  });

  it('answers the status route by calling Kibana back with the caller’s credentials in the caller’s space', async () => {
    const routes = await setUp();
    const status = routes.find((r) => r.config.path === ROUTES.status)!;
    const authorization = basicAuthorization('analyst');
    const context = {
      core: Promise.resolve({
        elasticsearch: { client: { asCurrentUser: stack?.es, asInternalUser: {} } },
      }),
    } as unknown as RequestHandlerContext;
    const request = {
      url: new URL(`http://kibana${ROUTES.status}`),
      headers: { authorization },
      events: requestEventsDouble().events,
      params: {},
      query: {},
      body: {},
    } as unknown as KibanaRequest;
    emulator.clearRequestLog();
    const answer = (await status.handler(context, request, responseFactory)) as ResponseDouble;
    expect(answer.status).toBe(200);
    const body = answer.payload as StatusResponse;
    expect(body.verdict).toBe('not_deployed');
    expect(body.capabilities.canWrite).toBe(false);
    const calls = emulator.requests();
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect([call.space, call.username]).toEqual([SPACE, 'analyst']);
    expect(emulator.rejectedRequests()).toEqual([]);
  });
});

describe('the archive’s browser bundle, in Chromium on a page shaped like Kibana’s', () => {
  let assets: PageAssets;
  let publicFiles: string[];

  beforeAll(async () => {
    assets = await buildPageAssets(path.join(tmp, 'page'));
    publicFiles = await filesUnder(path.join(pluginDir, 'target/public'));
  }, 120_000);

  it('contains no copy of React, EUI or Kibana’s other shared dependencies', async () => {
    const shared = await readFile(assets.sharedDeps, 'utf8');
    const ours = await Promise.all(publicFiles.map((file) => readFile(file, 'utf8')));
    for (const { pkg, text } of SHARED_DEP_SIGNATURES) {
      // The signature is real: the page's copy of the package carries it.
      expect({ pkg, inSharedDeps: shared.includes(text) }).toEqual({ pkg, inSharedDeps: true });
      expect({ pkg, inPlugin: ours.some((code) => code.includes(text)) }).toEqual({
        pkg,
        inPlugin: false,
      });
    }
    const total = ours.reduce((sum, code) => sum + code.length, 0);
    expect(total).toBeLessThan(shared.length / 20);
    const entry = await readFile(
      path.join(pluginDir, `target/public/${PLUGIN_ID}.plugin.js`),
      'utf8',
    );
    expect(entry).toContain(`__kbnBundles__.define("plugin/${PLUGIN_ID}/public"`);
  });

  describe('mounted against the test stack', () => {
    let stack: EmulatorFixture | undefined;
    let host: RunningHost;
    let browser: Browser;

    beforeAll(async () => {
      stack = await startEmulatorFixture({ prebuiltPackage: 'empty', enabledDefault: false });
      const { emulator } = stack;
      host = await startHost(
        {
          host: '127.0.0.1',
          port: 0,
          elasticsearchUrl: process.env.ELASTICSEARCH_URL ?? '',
          kibanaUrl: emulator.url,
          spaceId: SPACE,
          timeoutMs: 30_000,
          credentials: { username: 'elastic', password: DEMO_PASSWORD },
          uiDir: null,
        },
        silentLogger,
      );
      browser = await launchChromium();
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await host?.close();
      await stack?.stop();
    });

    it('registers with __kbnBundles__, sets up, mounts the app and renders the panel from the plugin’s routes', async () => {
      const server = await startPageServer({
        pluginId: PLUGIN_ID,
        kibanaVersion: VERSION,
        pluginPublicDir: path.join(pluginDir, 'target/public'),
        assets,
        apiUrl: host.url,
      });
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      try {
        await page.goto(server.appUrl);
        await page.waitForFunction(
          () => {
            const state = (window as unknown as { __coreDouble__?: CoreDoubleState })
              .__coreDouble__;
            return state !== undefined && state.phase !== 'starting';
          },
          undefined,
          { timeout: 30_000 },
        );
        const state = await page.evaluate(
          () => (window as unknown as { __coreDouble__: CoreDoubleState }).__coreDouble__,
        );
        expect(state.errors).toEqual([]);
        expect(state.phase).toBe('mounted');
        expect(state.apps).toEqual([
          { id: PLUGIN_ID, title: PLUGIN_NAME, category: 'securitySolution' },
        ]);

        await page.locator('#app').getByText('Not deployed').first().waitFor({ timeout: 30_000 });
        await expect(
          page
            .getByRole('heading', {
              level: 1,
              name: /AWS SSM Inventory Reconnaissance by Rare User/,
            })
            .count(),
        ).resolves.toBe(1);
        expect(state.titles).toEqual([PLUGIN_NAME]);

        // The app chunk came from the plugin's bundle directory, not relative to the page's URL.
        const bundleDir = `/1/bundles/plugin/${PLUGIN_ID}/${VERSION}/`;
        expect(server.requests).toContain(`${bundleDir}${PLUGIN_ID}.chunk.application.js`);
        expect(
          server.requests.filter((p) => p.includes('.chunk.') && !p.startsWith(bundleDir)),
        ).toEqual([]);
        expect(server.requests).toContain(ROUTES.status);

        const read = await page.evaluate(
          () =>
            (window as unknown as { __coreDouble__: CoreDoubleState }).__coreDouble__
              .sharedDepsRead,
        );
        expect(read).toEqual(expect.arrayContaining(['ElasticEui', 'IoTs', 'React', 'ReactDom']));
        // No CSP refusal, no failed chunk, no React error: nothing went wrong on the page at all.
        expect(problems).toEqual([]);

        await page.evaluate(() =>
          (window as unknown as { __coreDouble__: CoreDoubleState }).__coreDouble__.unmount(),
        );
        await expect(page.locator('#app').innerHTML()).resolves.toBe('');
      } finally {
        await page.close();
        await server.close();
      }
    }, 90_000);
  });
});
