// The panel with everything around it: EUI's theme provider and the host's services.
import { EuiProvider } from '@elastic/eui';
import type { ReactNode } from 'react';
import type { AppServices } from '../services/app_services';
import { ServicesProvider } from '../services/services_context';
import { SsmReconApp } from './ssm_recon_app';

export interface AppRootProps {
  services: AppServices;
  darkMode: boolean;
  /** False inside Kibana, which already sets EUI's global styles for the page. */
  globalStyles: boolean;
  /** Host chrome rendered inside the theme (the standalone shell's header and toast list). */
  chrome?: ReactNode;
}

export function AppRoot({ services, darkMode, globalStyles, chrome }: AppRootProps) {
  return (
    <EuiProvider
      colorMode={darkMode ? 'dark' : 'light'}
      // EUI takes `false` to skip them, or a renderer; leaving them unset keeps its defaults.
      {...(globalStyles ? {} : { globalStyles: false as const, utilityClasses: false as const })}
    >
      <ServicesProvider services={services}>
        {chrome}
        <SsmReconApp />
      </ServicesProvider>
    </EuiProvider>
  );
}
