// The panel's reads: one hook per GET route, each loading its answer for a section through useApiResource, which
// keeps the last good answer while reloading and drops stale answers.
import { useCallback, useEffect, useState } from 'react';
import type {
  AlertsRange,
  AlertsResponse,
  GuideResponse,
  ReadinessResponse,
  StatusResponse,
} from '../../common/api';
import { isAbort, toApiError } from '../services/api_client';
import type { ApiError } from '../services/api_client';
import { useServices } from '../services/services_context';

export interface ApiResource<T> {
  data: T | null;
  error: ApiError | null;
  isLoading: boolean;
  reload(): void;
}

interface State<T> {
  data: T | null;
  error: ApiError | null;
  isLoading: boolean;
}

/** `load` must be stable (wrap it in useCallback): a new function starts a new request. */
export function useApiResource<T>(load: (signal: AbortSignal) => Promise<T>): ApiResource<T> {
  const [state, setState] = useState<State<T>>({ data: null, error: null, isLoading: true });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, isLoading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: null, isLoading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        setState((previous) => ({
          data: previous.data,
          error: toApiError(error),
          isLoading: false,
        }));
      },
    );
    return () => controller.abort();
  }, [load, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, reload };
}

/** The rule's deployment, health verdict and the caller's capabilities (GET status). */
export function useStatus(): ApiResource<StatusResponse> {
  const { api } = useServices();
  const load = useCallback((signal: AbortSignal) => api.getStatus(signal), [api]);
  return useApiResource(load);
}

/** Whether the data in each index pattern can feed the rule (GET readiness). */
export function useReadiness(): ApiResource<ReadinessResponse> {
  const { api } = useServices();
  const load = useCallback((signal: AbortSignal) => api.getReadiness(signal), [api]);
  return useApiResource(load);
}

/** What the rule found over the chosen range (GET alerts); a new range starts a new request. */
export function useAlerts(range: AlertsRange): ApiResource<AlertsResponse> {
  const { api } = useServices();
  const load = useCallback((signal: AbortSignal) => api.getAlerts(range, signal), [api, range]);
  return useApiResource(load);
}

/** The investigation guide: the deployed rule's note, else the bundled one (GET guide). */
export function useGuide(): ApiResource<GuideResponse> {
  const { api } = useServices();
  const load = useCallback((signal: AbortSignal) => api.getGuide(signal), [api]);
  return useApiResource(load);
}
