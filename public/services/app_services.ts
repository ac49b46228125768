// Everything the panel needs from its host, gathered in one object so Kibana and the standalone shell can differ.
import type { ApiClient } from './api_client';
import type { SecurityLinks } from './security_links';
import type { ToastNotifier } from './toast_notifier';

export interface AppServices {
  api: ApiClient;
  toasts: ToastNotifier;
  links: SecurityLinks;
}
