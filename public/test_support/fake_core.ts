// A stand-in for Kibana's CoreSetup/CoreStart and mount parameters, recording what the plugin asks of them.
import type {
  App,
  AppMountParameters,
  CoreSetup,
  CoreStart,
  CoreTheme,
  Observable,
  Toast,
} from '@kbn/core/public';
import type { RouteName } from '../../common/api';
import { createFakeHttp } from './fake_http';
import type { FakeHttp, RouteReply } from './fake_http';

export interface ThemeSubject extends Observable<CoreTheme> {
  next(theme: CoreTheme): void;
  subscribers(): number;
}

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

export interface FakeCore {
  setup: CoreSetup;
  start: CoreStart;
  http: FakeHttp;
  registered: App[];
  breadcrumbs: Array<Array<{ text: string; href?: string }>>;
  titles: Array<string | string[]>;
  titleResets: number;
  navigations: Array<[string, unknown]>;
}

export function createFakeCore(replies: Partial<Record<RouteName, RouteReply>> = {}): FakeCore {
  const http = createFakeHttp(replies);
  const kibanaHttp = {
    basePath: {
      get: () => '',
      prepend: (url: string) => url,
      remove: (url: string) => url,
      serverBasePath: '',
    },
    fetch: http.fetch,
    get: http.fetch,
    post: http.fetch,
  } as unknown as CoreStart['http'];
  const toast = (): Toast => ({ id: 'toast' });
  const theme = {
    theme$: themeSubject({ darkMode: false, name: 'borealis' }),
    getTheme: () => ({ darkMode: false, name: 'borealis' }),
  };
  const fake: FakeCore = {
    http,
    registered: [],
    breadcrumbs: [],
    titles: [],
    titleResets: 0,
    navigations: [],
    start: {
      application: {
        navigateToApp: (appId, options) => {
          fake.navigations.push([appId, options]);
          return Promise.resolve();
        },
        getUrlForApp: (appId, options) => `/app/${appId}${options?.path ?? ''}`,
        navigateToUrl: () => Promise.resolve(),
      },
      chrome: {
        docTitle: {
          change: (title) => {
            fake.titles.push(title);
          },
          reset: () => {
            fake.titleResets++;
          },
        },
        setBreadcrumbs: (crumbs) => {
          fake.breadcrumbs.push(crumbs);
        },
      },
      http: kibanaHttp,
      notifications: {
        toasts: {
          add: toast,
          remove: () => undefined,
          addInfo: toast,
          addSuccess: toast,
          addWarning: toast,
          addDanger: toast,
          addError: toast,
        },
      },
      theme,
    },
    setup: undefined as unknown as CoreSetup,
  };
  fake.setup = {
    application: { register: (app) => fake.registered.push(app) },
    http: kibanaHttp,
    notifications: fake.start.notifications,
    theme,
    getStartServices: () => Promise.resolve([fake.start, {}, undefined]),
  };
  return fake;
}

export function mountParameters(
  element: HTMLElement,
  theme$: Observable<CoreTheme>,
): AppMountParameters {
  return {
    element,
    appBasePath: '/app/ssmReconRule',
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
