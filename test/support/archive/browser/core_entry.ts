// The test page's stand-in for Kibana's core bundle: registered as `entry/core/public`, its bootstrap reads the
// plugin from `__kbnBundles__` as core's plugin reader does, runs setup and start with core doubles, and mounts
// the registered app. core.http sends requests with Kibana's headers to the page's own origin.
import type { Plugin, PluginInitializerContext, ToastInput } from '@kbn/core/public';
import { createStandaloneHttp } from '../../../../public/standalone/standalone_http';
import { createCoreDouble, mountParameters, type CoreDouble } from '../../panel/core_double';

export interface CoreDoubleState {
  phase: 'starting' | 'mounted' | 'unmounted' | 'failed';
  apps: Array<{ id: string; title: string; category?: string }>;
  errors: string[];
  titles: string[];
  breadcrumbs: string[][];
  toasts: string[];
  /** Top-level `__kbnSharedDeps__` properties the plugin read. */
  sharedDepsRead: string[];
  unmount(): void;
}

interface KbnBundles {
  has(key: string): boolean;
  get(key: string): unknown;
  define(key: string, bundleRequire: (key: unknown) => unknown, moduleKey: unknown): void;
}

type PageWindow = Window & {
  __kbnBundles__: KbnBundles;
  __kbnSharedDeps__: Record<string, unknown>;
  __coreDouble__: CoreDoubleState;
};

const page = window as unknown as PageWindow;

const state: CoreDoubleState = {
  phase: 'starting',
  apps: [],
  errors: [],
  titles: [],
  breadcrumbs: [],
  toasts: [],
  sharedDepsRead: [],
  unmount: () => undefined,
};
page.__coreDouble__ = state;

// Record which shared deps the plugin takes from the page (this script runs after them, before the plugin).
const read = new Set<string>();
page.__kbnSharedDeps__ = new Proxy(page.__kbnSharedDeps__, {
  get(target, key) {
    if (typeof key === 'string' && !read.has(key)) {
      read.add(key);
      state.sharedDepsRead = [...read].sort();
    }
    return target[key as string];
  },
});

function toastTitle(input: ToastInput | Error): string {
  if (input instanceof Error) return input.message;
  if (typeof input === 'string') return input;
  return typeof input.title === 'string' ? input.title : '(mounted title)';
}

function createCore(): CoreDouble {
  return createCoreDouble(
    createStandaloneHttp((input, init) => fetch(input, init)),
    {
      onTitle: (title) => state.titles.push(Array.isArray(title) ? title.join(' - ') : title),
      onBreadcrumbs: (crumbs) => state.breadcrumbs.push(crumbs.map((crumb) => crumb.text)),
      onToast: (input) => state.toasts.push(toastTitle(input)),
    },
  );
}

/** What core's plugin reader does with a plugin's bundle. */
function readPlugin(id: string): (context: PluginInitializerContext) => Plugin<unknown, unknown> {
  const exportId = `plugin/${id}/public`;
  if (!page.__kbnBundles__.has(exportId)) {
    throw new Error(`Definition of plugin "${id}" not found and may have failed to load.`);
  }
  const pluginExport = page.__kbnBundles__.get(exportId) as { plugin?: unknown } | undefined;
  if (typeof pluginExport?.plugin !== 'function') {
    throw new Error(`Definition of plugin "${id}" should be a function.`);
  }
  return pluginExport.plugin as (context: PluginInitializerContext) => Plugin<unknown, unknown>;
}

async function bootstrap(): Promise<void> {
  const pluginId = document.body.dataset.pluginId ?? '';
  const kibanaVersion = document.body.dataset.kibanaVersion ?? '';
  const core = createCore();
  const initializer = readPlugin(pluginId);
  const instance = initializer({
    config: { get: <T>() => ({}) as T },
    env: {
      mode: { dev: false, prod: true },
      packageInfo: {
        version: kibanaVersion,
        branch: kibanaVersion.split('.').slice(0, 2).join('.'),
      },
    },
  });
  // Core calls setup and start without awaiting them: the plugin must register synchronously.
  instance.setup(core.setup, {});
  instance.start(core.start, {});
  state.apps = core.registered.map((app) => ({
    id: app.id,
    title: app.title,
    category: app.category?.id,
  }));
  const app = core.registered.find((candidate) => candidate.id === pluginId);
  if (!app) throw new Error(`The plugin registered no app "${pluginId}"`);
  const element = document.getElementById('app');
  if (!element) throw new Error('The page has no #app element');
  const unmount = await app.mount(
    mountParameters(element, core.start.theme.theme$, `/app/${app.id}`),
  );
  state.unmount = () => {
    unmount();
    state.phase = 'unmounted';
  };
  state.phase = 'mounted';
}

page.__kbnBundles__.define(
  'entry/core/public',
  () => ({
    __kbnBootstrap__: () => {
      bootstrap().catch((error: unknown) => {
        state.errors.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
        state.phase = 'failed';
      });
    },
  }),
  0,
);
