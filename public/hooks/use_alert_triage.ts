// Triage from the panel: sets the workflow status of chosen alerts through our route, then lets the panel reload
// its counts; a caller who may only read gets Kibana's refusal kept beside the table, and nothing changes.
import { useCallback, useState } from 'react';
import type { TriageResponse, TriageStatus } from '../../common/api';
import { toApiError, type ApiError } from '../services/api_client';
import { useServices } from '../services/services_context';

export interface AlertTriage {
  isBusy: boolean;
  /** The last refusal or failure; cleared by the next attempt. */
  error: ApiError | null;
  setStatus(ids: string[], status: TriageStatus): Promise<TriageResponse | null>;
}

const VERB: Record<TriageStatus, string> = {
  open: 'Reopened',
  acknowledged: 'Acknowledged',
  closed: 'Closed',
};

export function useAlertTriage(onTriaged: () => void): AlertTriage {
  const { api, toasts } = useServices();
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const setStatus = useCallback(
    async (ids: string[], status: TriageStatus) => {
      setBusy(true);
      setError(null);
      try {
        const result = await api.setAlertStatus({ ids, status });
        const noun = result.updated === 1 ? 'alert' : 'alerts';
        toasts.addSuccess({
          title: `${VERB[status]} ${result.updated} ${noun}`,
          ...(result.updated < result.requested
            ? {
                text: `${result.requested - result.updated} of them changed meanwhile or are gone.`,
              }
            : {}),
        });
        onTriaged();
        return result;
      } catch (caught) {
        setError(toApiError(caught));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [api, toasts, onTriaged],
  );
  return { isBusy, error, setStatus };
}
