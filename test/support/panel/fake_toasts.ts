// A stand-in for core's toasts that remembers what was shown.
import type {
  ToastHandle,
  ToastNotifier,
  ToastText,
} from '../../../public/services/services_context';

export interface ShownToast {
  kind: 'info' | 'success' | 'danger' | 'error';
  title: string;
  text?: string;
  id: string;
}

export interface FakeToasts extends ToastNotifier {
  shown: ShownToast[];
  removed: string[];
}

export function createFakeToasts(): FakeToasts {
  let next = 0;
  const fake: FakeToasts = {
    shown: [],
    removed: [],
    addInfo: (toast: ToastText) => show('info', toast),
    addSuccess: (toast: ToastText) => show('success', toast),
    addDanger: (toast: ToastText) => show('danger', toast),
    addError: (error: Error, options: { title: string; toastMessage?: string }) =>
      show('error', { title: options.title, text: options.toastMessage ?? error.message }),
    remove: (toastOrId: ToastHandle | string) => {
      fake.removed.push(typeof toastOrId === 'string' ? toastOrId : toastOrId.id);
    },
  };
  function show(kind: ShownToast['kind'], toast: ToastText): ToastHandle {
    const id = `toast-${++next}`;
    fake.shown.push({ kind, title: toast.title, text: toast.text, id });
    return { id };
  }
  return fake;
}
