// Renders the standalone toast store with EUI's global toast list, as Kibana shows its toasts.
import { useSyncExternalStore } from 'react';
import { EuiGlobalToastList } from '@elastic/eui';
import type { ToastStore } from './toast_store';

/** Kibana's default toast lifetime. */
const TOAST_LIFETIME_MS = 10_000;

export function StandaloneToastList({ store }: { store: ToastStore }) {
  const toasts = useSyncExternalStore(store.subscribe, store.list);
  return (
    <EuiGlobalToastList
      toasts={toasts}
      dismissToast={(toast) => store.remove(String(toast.id))}
      toastLifeTimeMs={TOAST_LIFETIME_MS}
    />
  );
}
