// Mounts the panel into Kibana (loaded on demand by plugin.ts): core's http, toasts and navigation as services.
import { createRoot } from 'react-dom/client';
import type { AppMountParameters, CoreStart, CoreTheme, Observable } from '@kbn/core/public';
import { PLUGIN_NAME } from '../common/constants';
import { AppRoot } from './components/app_root';
import { useObservable } from './hooks/use_observable';
import { createApiClient } from './services/api_client';
import type { AppServices } from './services/app_services';
import { createKibanaSecurityLinks } from './services/kibana_security_links';
import { SECURITY_APP_ID } from './services/security_target';

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
