// What the rule found over the chosen range (GET alerts); a new range starts a new request.
import { useCallback } from 'react';
import type { AlertsRange, AlertsResponse } from '../../common/api';
import { useServices } from '../services/services_context';
import { useApiResource } from './use_api_resource';
import type { ApiResource } from './use_api_resource';

export function useAlerts(range: AlertsRange): ApiResource<AlertsResponse> {
  const { api } = useServices();
  const load = useCallback((signal: AbortSignal) => api.getAlerts(range, signal), [api, range]);
  return useApiResource(load);
}
