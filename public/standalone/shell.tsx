// The standalone host's shell (loaded on demand by the entry): builds core-like services and mounts the panel.
import { createRoot } from 'react-dom/client';
import { AppRoot } from '../components/ssm_recon_app';
import { createApiClient } from '../services/api_client';
import type { AppServices } from '../services/services_context';
import type { StandaloneConfig } from './config';
import { createStandaloneHttp } from './standalone_http';
import { StandaloneHeader } from './standalone_header';
import { createStandaloneSecurityLinks } from '../services/security_links';
import { StandaloneToastList } from './standalone_toast_list';
import { createToastStore } from './toast_store';

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
