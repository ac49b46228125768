// The Notify control's data: the rule's actions and the space's connectors, loaded only once the control is
// opened, and one change at a time with toasts either way; a saved change's answer replaces what was shown.
import { useCallback, useState } from 'react';
import type { NotificationsResponse, NotifyRequest } from '../../common/api';
import { toApiError } from '../services/api_client';
import { useServices } from '../services/services_context';
import { useApiResource, type ApiResource } from './use_api_resource';

export interface NotificationsFlow {
  resource: ApiResource<NotificationsResponse>;
  isSaving: boolean;
  /** Resolves with the new answer, or null when the change did not happen (the toast says why). */
  save(request: NotifyRequest, connectorName: string): Promise<NotificationsResponse | null>;
}

export function useNotifications(): NotificationsFlow {
  const { api, toasts } = useServices();
  const load = useCallback((signal: AbortSignal) => api.getNotifications(signal), [api]);
  const loaded = useApiResource(load);
  const [saved, setSaved] = useState<NotificationsResponse | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const save = useCallback(
    async (request: NotifyRequest, connectorName: string) => {
      setIsSaving(true);
      try {
        const answer = await api.notify(request);
        setSaved(answer);
        toasts.addSuccess({
          title:
            request.notify === null
              ? `${connectorName} will no longer be notified`
              : `${connectorName} will be notified when the rule fires`,
        });
        return answer;
      } catch (caught) {
        const error = toApiError(caught);
        toasts.addError(error, {
          title: 'Could not change the notification',
          toastMessage: error.message,
        });
        return null;
      } finally {
        setIsSaving(false);
      }
    },
    [api, toasts],
  );

  const reload = loaded.reload;
  const resource: ApiResource<NotificationsResponse> = {
    ...loaded,
    data: saved ?? loaded.data,
    reload: useCallback(() => {
      setSaved(null);
      reload();
    }, [reload]),
  };
  return { resource, isSaving, save };
}
