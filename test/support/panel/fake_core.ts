// The core double for component and plugin tests: core.http answers from a route table, and the titles,
// breadcrumbs and navigations the plugin asks for are kept for assertions.
import type {
  App,
  ChromeBreadcrumb,
  CoreSetup,
  CoreStart,
  NavigateToAppOptions,
} from '@kbn/core/public';
import type { RouteName } from '../../../common/api';
import { createCoreDouble, type UiSettingsValues } from './core_double';
import { createFakeHttp } from './fake_http';
import type { FakeHttp, RouteReply } from './fake_http';

export { mountParameters, themeSubject, type ThemeSubject } from './core_double';

export interface FakeCore {
  setup: CoreSetup;
  start: CoreStart;
  http: FakeHttp;
  registered: App[];
  breadcrumbs: ChromeBreadcrumb[][];
  titles: Array<string | string[]>;
  titleResets: number;
  navigations: Array<[string, NavigateToAppOptions | undefined]>;
}

export function createFakeCore(
  replies: Partial<Record<RouteName, RouteReply>> = {},
  settings: UiSettingsValues = {},
): FakeCore {
  const http = createFakeHttp(replies);
  const recorded = {
    http,
    breadcrumbs: [] as FakeCore['breadcrumbs'],
    titles: [] as FakeCore['titles'],
    titleResets: 0,
    navigations: [] as FakeCore['navigations'],
  };
  const core = createCoreDouble(
    http,
    {
      onNavigate: (appId, options) => recorded.navigations.push([appId, options]),
      onTitle: (title) => recorded.titles.push(title),
      onTitleReset: () => recorded.titleResets++,
      onBreadcrumbs: (crumbs) => recorded.breadcrumbs.push(crumbs),
    },
    settings,
  );
  return Object.assign(recorded, core);
}
