// Mounts the panel into Kibana (loaded on demand by plugin.ts): core's http, toasts and navigation as services.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppMountParameters, CoreStart, CoreTheme, Observable } from '@kbn/core/public';
import { PLUGIN_NAME } from '../common/constants';
import { AppRoot } from './components/ssm_recon_app';
import { createApiClient } from './services/api_client';
import { createKibanaSecurityLinks, SECURITY_APP_ID } from './services/security_links';
import { createDiscoverPivotLinks } from './services/discover_pivots';
import type { AppServices } from './services/services_context';

/** The latest value of a core observable (here theme$), re-rendering on change. */
function useObservable<T>(source: Observable<T>, initial: T): T {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    const subscription = source.subscribe(setValue);
    return () => subscription.unsubscribe();
  }, [source]);
  return value;
}

function ThemedAppRoot({
  services,
  theme$,
  initial,
}: {
  services: AppServices;
  theme$: Observable<CoreTheme>;
  initial: CoreTheme;
}) {
  const theme = useObservable(theme$, initial);
  return <AppRoot services={services} darkMode={theme.darkMode} globalStyles={false} />;
}

export function renderApp(core: CoreStart, params: AppMountParameters): () => void {
  const services: AppServices = {
    api: createApiClient(core.http),
    toasts: core.notifications.toasts,
    links: createKibanaSecurityLinks(core.application),
    pivots: createDiscoverPivotLinks(core.application),
    dateSettings: {
      dateFormat: core.uiSettings.get<string>('dateFormat'),
      timeZone: core.uiSettings.get<string>('dateFormat:tz'),
    },
  };
  core.chrome.docTitle.change(PLUGIN_NAME);
  core.chrome.setBreadcrumbs([
    { text: 'Security', href: core.application.getUrlForApp(SECURITY_APP_ID) },
    { text: PLUGIN_NAME },
  ]);
  const root = createRoot(params.element);
  root.render(
    <ThemedAppRoot services={services} theme$={params.theme$} initial={core.theme.getTheme()} />,
  );
  return () => {
    root.unmount();
    core.chrome.docTitle.reset();
  };
}
