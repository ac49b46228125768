// The reads behind one alert's row and flyout: its context (loaded when the row opens) and one pivot's events
// (loaded when the flyout opens), through useApiResource so stale answers are dropped.
import { useCallback } from 'react';
import type { AlertContextResponse, AlertPivotResponse, PivotId } from '../../common/api';
import { useServices } from '../services/services_context';
import { useApiResource, type ApiResource } from './use_api_resource';

export function useAlertContext(id: string): ApiResource<AlertContextResponse> {
  const { api } = useServices();
  const load = useCallback((signal: AbortSignal) => api.getAlertContext(id, signal), [api, id]);
  return useApiResource(load);
}

export function usePivotEvents(id: string, pivot: PivotId): ApiResource<AlertPivotResponse> {
  const { api } = useServices();
  const load = useCallback(
    (signal: AbortSignal) => api.runAlertPivot(id, pivot, signal),
    [api, id, pivot],
  );
  return useApiResource(load);
}
