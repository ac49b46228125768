// Paths of the plugin's own internal routes; server, standalone host and browser all build them from here.
import { API_PREFIX } from '../constants';

export const ROUTES = {
  status: `${API_PREFIX}/status`,
  deploy: `${API_PREFIX}/deploy`,
  enable: `${API_PREFIX}/enable`,
  readiness: `${API_PREFIX}/readiness`,
  alerts: `${API_PREFIX}/alerts`,
  guide: `${API_PREFIX}/guide`,
  alertStatus: `${API_PREFIX}/alerts/status`,
  alertContext: `${API_PREFIX}/alerts/context`,
  alertPivot: `${API_PREFIX}/alerts/pivot`,
  notifications: `${API_PREFIX}/notifications`,
  notify: `${API_PREFIX}/notify`,
  backtest: `${API_PREFIX}/backtest`,
  exceptions: `${API_PREFIX}/exceptions`,
  exceptionsAdd: `${API_PREFIX}/exceptions/add`,
  exceptionsRemove: `${API_PREFIX}/exceptions/remove`,
} as const;

export type RouteName = keyof typeof ROUTES;
