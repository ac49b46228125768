// What the panel needs from its host (route client, toasts, Security links, a note on the schedule), gathered in
// one object so Kibana and the standalone shell can differ, and handed to every component and hook below the app
// root.
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { DateSettings } from '../format/date_time';
import type { ApiClient } from './api_client';
import type { PivotLinks } from './discover_pivots';
import type { SecurityLinks } from './security_links';

export interface ToastText {
  title: string;
  text?: string;
}

export interface ToastHandle {
  id: string;
}

/** The slice of Kibana's toasts service the panel uses; core's IToasts and the standalone shell both fit it. */
export interface ToastNotifier {
  addInfo(toast: ToastText): ToastHandle;
  addSuccess(toast: ToastText): ToastHandle;
  addDanger(toast: ToastText): ToastHandle;
  addError(error: Error, options: { title: string; toastMessage?: string }): ToastHandle;
  /** Takes down a toast early, e.g. "Deploying…" once the answer is in. */
  remove(toastOrId: ToastHandle | string): void;
}

export interface AppServices {
  api: ApiClient;
  toasts: ToastNotifier;
  links: SecurityLinks;
  /** Where the guide's pivots open (Kibana Discover); absent where there is no Discover: they run as searches. */
  pivots?: PivotLinks;
  /**
   * The host's word on when the rule really runs, shown beside its schedule: the sandbox runs enabled rules every
   * few seconds whatever their interval says. Never set in Kibana, where the schedule is the truth.
   */
  scheduleNote?: string;
  /** The user's Kibana date settings (`dateFormat`, `dateFormat:tz`); Kibana's defaults when absent. */
  dateSettings?: DateSettings;
}

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
