// The slice of Kibana's toasts service the panel uses; core's IToasts and the standalone shell both fit it.

export interface ToastText {
  title: string;
  text?: string;
}

export interface ToastHandle {
  id: string;
}

export interface ToastNotifier {
  addInfo(toast: ToastText): ToastHandle;
  addSuccess(toast: ToastText): ToastHandle;
  addDanger(toast: ToastText): ToastHandle;
  addError(error: Error, options: { title: string; toastMessage?: string }): ToastHandle;
  /** Takes down a toast early, e.g. "Deploying…" once the answer is in. */
  remove(toastOrId: ToastHandle | string): void;
}
