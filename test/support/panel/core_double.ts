// Kibana's browser core as a test double (CoreSetup, CoreStart, mount parameters) for the jsdom tests and the
// plugin archive's browser test page: each says where core.http sends requests and what to record.
import type {
  App,
  AppMountParameters,
  ChromeBreadcrumb,
  CoreSetup,
  CoreStart,
  CoreTheme,
  NavigateToAppOptions,
  Observable,
  Toast,
  ToastInput,
} from '@kbn/core/public';
import { PLUGIN_ID } from '../../../common/constants';
import { KIBANA_DATE_DEFAULTS } from '../../../public/format/date_time';
import type { HttpLike } from '../../../public/services/api_client';

export interface ThemeSubject extends Observable<CoreTheme> {
  next(theme: CoreTheme): void;
  subscribers(): number;
}

/** A theme$ that replays its first theme to each subscriber and counts who still listens. */
export function themeSubject(initial: CoreTheme): ThemeSubject {
  const listeners = new Set<(theme: CoreTheme) => void>();
  return {
    subscribe(next) {
      listeners.add(next);
      next(initial);
      return { unsubscribe: () => listeners.delete(next) };
    },
    next: (theme) => listeners.forEach((listener) => listener(theme)),
    subscribers: () => listeners.size,
  };
}

/** What the plugin hands to core, reported as it happens; every hook is optional. */
export interface CoreDoubleHooks {
  onNavigate?(appId: string, options: NavigateToAppOptions | undefined): void;
  onTitle?(title: string | string[]): void;
  onTitleReset?(): void;
  onBreadcrumbs?(crumbs: ChromeBreadcrumb[]): void;
  onToast?(input: ToastInput | Error): void;
}

export interface CoreDouble {
  setup: CoreSetup;
  start: CoreStart;
  /** Apps registered through `setup.application.register`, in order. */
  registered: App[];
}

const THEME: CoreTheme = { darkMode: false, name: 'borealis' };

/** Advanced settings as a user has set them; Kibana's defaults for the date settings. */
export type UiSettingsValues = Record<string, unknown>;

export function createCoreDouble(
  requests: HttpLike,
  hooks: CoreDoubleHooks = {},
  settings: UiSettingsValues = {},
): CoreDouble {
  const uiValues: UiSettingsValues = {
    dateFormat: KIBANA_DATE_DEFAULTS.dateFormat,
    'dateFormat:tz': KIBANA_DATE_DEFAULTS.timeZone,
    ...settings,
  };
  // Kibana's http has more methods than the panel's HttpLike; fetch, get and post are all it calls.
  const http = {
    basePath: {
      get: () => '',
      prepend: (url: string) => url,
      remove: (url: string) => url,
      serverBasePath: '',
    },
    fetch: requests.fetch,
    get: requests.fetch,
    post: requests.fetch,
  } as unknown as CoreStart['http'];
  let toastId = 0;
  const toast = (input: ToastInput | Error): Toast => {
    hooks.onToast?.(input);
    return { id: String(++toastId) };
  };
  const notifications = {
    toasts: {
      add: toast,
      remove: () => undefined,
      addInfo: toast,
      addSuccess: toast,
      addWarning: toast,
      addDanger: toast,
      addError: toast,
    },
  };
  const theme = { theme$: themeSubject(THEME), getTheme: () => THEME };
  const start: CoreStart = {
    application: {
      navigateToApp: (appId, options) => {
        hooks.onNavigate?.(appId, options);
        return Promise.resolve();
      },
      getUrlForApp: (appId, options) => `/app/${appId}${options?.path ?? ''}`,
      navigateToUrl: () => Promise.resolve(),
    },
    chrome: {
      docTitle: {
        change: (title) => hooks.onTitle?.(title),
        reset: () => hooks.onTitleReset?.(),
      },
      setBreadcrumbs: (crumbs) => hooks.onBreadcrumbs?.(crumbs),
    },
    http,
    notifications,
    theme,
    uiSettings: {
      get: <T>(key: string, defaultOverride?: T) =>
        (key in uiValues ? uiValues[key] : defaultOverride) as T,
    },
  };
  const registered: App[] = [];
  const setup: CoreSetup = {
    application: { register: (app) => void registered.push(app) },
    http,
    notifications,
    theme,
    getStartServices: () => Promise.resolve([start, {}, undefined]),
  };
  return { setup, start, registered };
}

/** What core passes to an app's `mount`, with a history that stays on the app's first page. */
export function mountParameters(
  element: HTMLElement,
  theme$: Observable<CoreTheme>,
  appBasePath = `/app/${PLUGIN_ID}`,
): AppMountParameters {
  return {
    element,
    appBasePath,
    history: {
      location: { pathname: '/', search: '', hash: '' },
      push: () => undefined,
      listen: () => () => undefined,
    },
    theme$,
    onAppLeave: () => undefined,
    setHeaderActionMenu: () => undefined,
  };
}
