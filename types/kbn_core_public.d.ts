// Type-only mirror of the few @kbn/core browser shapes this plugin uses (Kibana provides the values at runtime).
// Shapes follow Kibana 9.x's core-application-browser, core-http-browser, core-notifications-browser and core-theme.

/** The subset of rxjs's Observable that core hands out (subscribe only; no rxjs import needed). */
export interface Observable<T> {
  subscribe(next: (value: T) => void): { unsubscribe(): void };
}

export interface CoreTheme {
  readonly darkMode: boolean;
  /** Theme name, e.g. `borealis`. */
  readonly name: string;
}

export interface ThemeServiceSetup {
  theme$: Observable<CoreTheme>;
  getTheme(): CoreTheme;
}

export type ThemeServiceStart = ThemeServiceSetup;

export interface HttpFetchQuery {
  [key: string]: string | number | boolean | string[] | number[] | boolean[] | undefined | null;
}

export interface HttpFetchOptions {
  method?: string;
  query?: HttpFetchQuery;
  /** A string (JSON.stringify) for JSON bodies, as core sends it untouched. */
  body?: BodyInit | null;
  headers?: Record<string, string>;
  /** Version of a versioned route; core sends it as `elastic-api-version`. */
  version?: string;
  signal?: AbortSignal;
  asSystemRequest?: boolean;
}

/** What `http.fetch` rejects with: the parsed error body when the server sent one. */
export interface IHttpFetchError<TResponseBody = unknown> extends Error {
  readonly name: string;
  readonly request: Request;
  readonly response?: Response;
  readonly body?: TResponseBody;
}

export interface IBasePath {
  get(): string;
  prepend(url: string): string;
  remove(url: string): string;
  readonly serverBasePath: string;
}

export interface HttpSetup {
  basePath: IBasePath;
  fetch<TResponseBody = unknown>(path: string, options?: HttpFetchOptions): Promise<TResponseBody>;
  get<TResponseBody = unknown>(path: string, options?: HttpFetchOptions): Promise<TResponseBody>;
  post<TResponseBody = unknown>(path: string, options?: HttpFetchOptions): Promise<TResponseBody>;
}

export type HttpStart = HttpSetup;

/** A function that renders into a DOM element and returns its cleanup (core's way to pass content). */
export type MountPoint<T extends HTMLElement = HTMLElement> = (element: T) => () => void;

export interface ToastInputFields {
  title?: string | MountPoint;
  text?: string | MountPoint;
  toastLifeTimeMs?: number;
  'data-test-subj'?: string;
}

export type ToastInput = string | ToastInputFields;

export interface Toast extends ToastInputFields {
  id: string;
}

export interface ErrorToastOptions {
  title: string;
  toastMessage?: string;
  toastLifeTimeMs?: number;
}

export interface IToasts {
  add(toastOrTitle: ToastInput): Toast;
  remove(toastOrId: Toast | string): void;
  addInfo(toastOrTitle: ToastInput): Toast;
  addSuccess(toastOrTitle: ToastInput): Toast;
  addWarning(toastOrTitle: ToastInput): Toast;
  addDanger(toastOrTitle: ToastInput): Toast;
  addError(error: Error, options: ErrorToastOptions): Toast;
}

export interface NotificationsSetup {
  toasts: IToasts;
}

export type NotificationsStart = NotificationsSetup;

export interface AppCategory {
  id: string;
  label: string;
  ariaLabel?: string;
  order?: number;
  euiIconType?: string;
}

export interface ScopedHistory {
  readonly location: { pathname: string; search: string; hash: string };
  push(path: string): void;
  listen(listener: () => void): () => void;
}

export interface AppMountParameters {
  /** The container element to render the application into. */
  element: HTMLElement;
  appBasePath: string;
  history: ScopedHistory;
  theme$: Observable<CoreTheme>;
  onAppLeave(handler: (actions: { default(): unknown }) => unknown): void;
  setHeaderActionMenu(menuMount: MountPoint | undefined): void;
}

export type AppUnmount = () => void;

export interface App {
  id: string;
  title: string;
  category?: AppCategory;
  order?: number;
  euiIconType?: string;
  visibleIn?: Array<'globalSearch' | 'sideNav' | 'projectSideNav' | 'home' | 'kibanaOverview'>;
  mount(params: AppMountParameters): AppUnmount | Promise<AppUnmount>;
}

export interface ApplicationSetup {
  register(app: App): void;
}

export interface NavigateToAppOptions {
  deepLinkId?: string;
  path?: string;
  state?: unknown;
  openInNewTab?: boolean;
}

export interface ApplicationStart {
  navigateToApp(appId: string, options?: NavigateToAppOptions): Promise<void>;
  getUrlForApp(
    appId: string,
    options?: { path?: string; deepLinkId?: string; absolute?: boolean },
  ): string;
  navigateToUrl(url: string): Promise<void>;
}

export interface ChromeBreadcrumb {
  text: string;
  href?: string;
}

export interface ChromeStart {
  docTitle: { change(newTitle: string | string[]): void; reset(): void };
  setBreadcrumbs(breadcrumbs: ChromeBreadcrumb[]): void;
}

/** Advanced settings as the current user sees them (core-ui-settings-browser). */
export interface IUiSettingsClient {
  get<T = unknown>(key: string, defaultOverride?: T): T;
}

export interface CoreStart {
  application: ApplicationStart;
  uiSettings: IUiSettingsClient;
  chrome: ChromeStart;
  http: HttpStart;
  notifications: NotificationsStart;
  theme: ThemeServiceStart;
}

export interface CoreSetup<TPluginsStart extends object = object, TStart = unknown> {
  application: ApplicationSetup;
  http: HttpSetup;
  notifications: NotificationsSetup;
  theme: ThemeServiceSetup;
  getStartServices(): Promise<[CoreStart, TPluginsStart, TStart]>;
}

export interface PluginInitializerContext<ConfigType = unknown> {
  config: { get<T = ConfigType>(): T };
  env: { mode: { dev: boolean; prod: boolean }; packageInfo: { version: string; branch: string } };
}

export interface Plugin<
  TSetup = void,
  TStart = void,
  TPluginsSetup = object,
  TPluginsStart extends object = object,
> {
  setup(core: CoreSetup<TPluginsStart, TStart>, plugins: TPluginsSetup): TSetup;
  start(core: CoreStart, plugins: TPluginsStart): TStart;
  stop?(): void;
}
