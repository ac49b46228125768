// The standalone page's toasts: a small store with core's toast methods that the toast list renders.
import type { ToastHandle, ToastNotifier, ToastText } from '../services/services_context';

export type ToastColor = 'primary' | 'success' | 'warning' | 'danger';

export interface StoredToast {
  id: string;
  title: string;
  text?: string;
  color: ToastColor;
  iconType: string;
}

export interface ToastStore extends ToastNotifier {
  list(): StoredToast[];
  subscribe(listener: () => void): () => void;
}

export function createToastStore(): ToastStore {
  let toasts: StoredToast[] = [];
  let next = 0;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());

  function add(color: ToastColor, iconType: string, toast: ToastText): ToastHandle {
    const stored: StoredToast = { id: `toast-${++next}`, color, iconType, ...toast };
    toasts = [...toasts, stored];
    changed();
    return { id: stored.id };
  }

  return {
    addInfo: (toast) => add('primary', 'info', toast),
    addSuccess: (toast) => add('success', 'check', toast),
    addDanger: (toast) => add('danger', 'error', toast),
    addError: (error, options) =>
      add('danger', 'error', { title: options.title, text: options.toastMessage ?? error.message }),
    remove: (toastOrId) => {
      const id = typeof toastOrId === 'string' ? toastOrId : toastOrId.id;
      toasts = toasts.filter((toast) => toast.id !== id);
      changed();
    },
    list: () => toasts,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
