// Loads one route's answer for a section: keeps the last good answer while reloading and drops stale answers.
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../services/api_error';
import { isAbort, toApiError } from '../services/to_api_error';

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
