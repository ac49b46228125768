// The "What would fire" section's data: the backtest, run when asked (it searches the whole range, so it does not
// run on every page load; leaving or re-running cancels the one in flight), and the rule's exceptions with the
// add/remove writes, each followed by a fresh backtest so the figures reflect the change.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AddExceptionRequest, BacktestResponse, ExceptionsResponse } from '../../common/api';
import { isAbort, toApiError, type ApiError } from '../services/api_client';
import { useServices } from '../services/services_context';
import { useApiResource, type ApiResource } from './use_api_resource';

export interface BacktestRun {
  data: BacktestResponse | null;
  error: ApiError | null;
  isRunning: boolean;
  run(days: number): void;
  /** Runs again over the same days, if it ran before (after an exception changed). */
  rerun(): void;
  cancel(): void;
}

export function useBacktest(): BacktestRun {
  const { api } = useServices();
  const [state, setState] = useState<Omit<BacktestRun, 'run' | 'rerun' | 'cancel'>>({
    data: null,
    error: null,
    isRunning: false,
  });
  const controller = useRef<AbortController | null>(null);
  const lastDays = useRef<number | null>(null);
  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState((previous) => ({ ...previous, isRunning: false }));
  }, []);
  const run = useCallback(
    (days: number) => {
      controller.current?.abort();
      lastDays.current = days;
      const current = new AbortController();
      controller.current = current;
      setState((previous) => ({ ...previous, isRunning: true }));
      api.backtest({ days }, current.signal).then(
        (data) => {
          if (!current.signal.aborted) setState({ data, error: null, isRunning: false });
        },
        (error: unknown) => {
          if (current.signal.aborted || isAbort(error)) return;
          setState((previous) => ({ ...previous, error: toApiError(error), isRunning: false }));
        },
      );
    },
    [api],
  );
  const rerun = useCallback(() => {
    if (lastDays.current !== null) run(lastDays.current);
  }, [run]);
  useEffect(() => () => controller.current?.abort(), []);
  return { ...state, run, rerun, cancel };
}

export function useExceptions(): ApiResource<ExceptionsResponse> {
  const { api } = useServices();
  const load = useCallback((signal: AbortSignal) => api.getExceptions(signal), [api]);
  return useApiResource(load);
}

export interface ExceptionChanges {
  isSaving: boolean;
  add(request: AddExceptionRequest): Promise<boolean>;
  remove(id: string): Promise<boolean>;
}

/** Writes with toasts either way; `onChanged` runs after a success (reload exceptions, re-run the backtest). */
export function useExceptionChanges(onChanged: () => void): ExceptionChanges {
  const { api, toasts } = useServices();
  const [isSaving, setIsSaving] = useState(false);
  const write = useCallback(
    async (call: () => Promise<ExceptionsResponse>, done: string, failed: string) => {
      setIsSaving(true);
      try {
        await call();
        toasts.addSuccess({ title: done });
        onChanged();
        return true;
      } catch (error) {
        toasts.addDanger({ title: failed, text: toApiError(error).message });
        return false;
      } finally {
        setIsSaving(false);
      }
    },
    [toasts, onChanged],
  );
  return {
    isSaving,
    add: (request) =>
      write(() => api.addException(request), 'Exception added', 'Could not add the exception'),
    remove: (id) =>
      write(() => api.removeException(id), 'Exception removed', 'Could not remove the exception'),
  };
}
