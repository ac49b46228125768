// Hands the host's services to every component and hook below the app root.
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { AppServices } from './app_services';

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({
  services,
  children,
}: {
  services: AppServices;
  children: ReactNode;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('useServices() needs a <ServicesProvider> above it.');
  return services;
}
