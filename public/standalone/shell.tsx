// The standalone host's shell (loaded on demand by the entry): builds core-like services, stands in for Kibana's
// chrome (a top bar with the way back to Kibana, and the toast list) and mounts the panel.
import { useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import {
  EuiGlobalToastList,
  EuiHeader,
  EuiHeaderBreadcrumbs,
  EuiHeaderLink,
  EuiHeaderLinks,
  EuiHeaderLogo,
  EuiHeaderSection,
  EuiHeaderSectionItem,
} from '@elastic/eui';
import { PLUGIN_NAME } from '../../common/constants';
import { createApiClient } from '../services/api_client';
import { createStandaloneSecurityLinks } from '../services/security_links';
import type { AppServices } from '../services/services_context';
import { AppRoot } from '../components/ssm_recon_app';
import type { StandaloneConfig } from './config';
import { createStandaloneHttp } from './standalone_http';
import { createToastStore } from './toast_store';
import type { ToastStore } from './toast_store';

// The standalone page's top bar, standing in for Kibana's chrome: where you are and the way back to Kibana.
function StandaloneHeader({ kibanaUrl }: { kibanaUrl: string | null }) {
  return (
    <EuiHeader position="fixed" data-test-subj="standaloneHeader">
      <EuiHeaderSection>
        <EuiHeaderSectionItem>
          <EuiHeaderLogo iconTitle="Elastic" href={kibanaUrl ?? undefined} aria-label="Elastic" />
        </EuiHeaderSectionItem>
        <EuiHeaderSectionItem>
          <EuiHeaderBreadcrumbs
            aria-label="Where you are"
            breadcrumbs={[{ text: 'Security' }, { text: PLUGIN_NAME }]}
          />
        </EuiHeaderSectionItem>
      </EuiHeaderSection>
      {kibanaUrl ? (
        <EuiHeaderSection side="right">
          <EuiHeaderSectionItem>
            <EuiHeaderLinks aria-label="Kibana">
              <EuiHeaderLink
                iconType="external"
                href={`${kibanaUrl}/app/security`}
                target="_blank"
                rel="noopener noreferrer"
              >
                Kibana Security
              </EuiHeaderLink>
            </EuiHeaderLinks>
          </EuiHeaderSectionItem>
        </EuiHeaderSection>
      ) : null}
    </EuiHeader>
  );
}

// Renders the standalone toast store with EUI's global toast list, as Kibana shows its toasts.

/** Kibana's default toast lifetime. */
const TOAST_LIFETIME_MS = 10_000;

function StandaloneToastList({ store }: { store: ToastStore }) {
  const toasts = useSyncExternalStore(store.subscribe, store.list);
  return (
    <EuiGlobalToastList
      toasts={toasts}
      dismissToast={(toast) => store.remove(String(toast.id))}
      toastLifeTimeMs={TOAST_LIFETIME_MS}
    />
  );
}

function prefersDark(config: StandaloneConfig): boolean {
  if (config.theme !== 'system') return config.theme === 'dark';
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches
  );
}

/** The charting library's stylesheet for the theme, built next to the page (Kibana loads its own). */
function linkChartStyles(darkMode: boolean): void {
  const id = 'ssm-recon-chart-styles';
  if (document.getElementById(id)) return;
  const link = document.createElement('link');
  link.id = id;
  link.rel = 'stylesheet';
  link.href = `./charts_${darkMode ? 'dark' : 'light'}.css`;
  document.head.appendChild(link);
}

export function mountStandalone(element: HTMLElement, config: StandaloneConfig): () => void {
  const toasts = createToastStore();
  const services: AppServices = {
    api: createApiClient(createStandaloneHttp((input, init) => window.fetch(input, init))),
    toasts,
    links: createStandaloneSecurityLinks(config.kibanaUrl),
    ...(config.scheduleNote ? { scheduleNote: config.scheduleNote } : {}),
  };
  const darkMode = prefersDark(config);
  document.documentElement.dataset.theme = darkMode ? 'dark' : 'light';
  linkChartStyles(darkMode);
  const root = createRoot(element);
  root.render(
    <AppRoot
      services={services}
      darkMode={darkMode}
      globalStyles
      chrome={
        <>
          <StandaloneHeader kibanaUrl={config.kibanaUrl} />
          <StandaloneToastList store={toasts} />
        </>
      }
    />,
  );
  return () => root.unmount();
}
