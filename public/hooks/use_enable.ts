// Turns the deployed rule on or off, with a toast either way; the caller reloads status afterwards.
import { useCallback, useState } from 'react';
import type { EnableResponse } from '../../common/api';
import { useServices } from '../services/services_context';
import { toApiError } from '../services/to_api_error';

export interface EnableToggle {
  isSaving: boolean;
  setEnabled(enabled: boolean): Promise<EnableResponse | null>;
}

export function useEnable(): EnableToggle {
  const { api, toasts } = useServices();
  const [isSaving, setIsSaving] = useState(false);

  const setEnabled = useCallback(
    async (enabled: boolean) => {
      setIsSaving(true);
      try {
        const answer = await api.enable({ enabled });
        toasts.addSuccess({ title: answer.enabled ? 'Rule enabled' : 'Rule disabled' });
        return answer;
      } catch (caught) {
        const error = toApiError(caught);
        toasts.addError(error, {
          title: enabled ? 'Could not enable the rule' : 'Could not disable the rule',
          toastMessage: error.message,
        });
        return null;
      } finally {
        setIsSaving(false);
      }
    },
    [api, toasts],
  );

  return { isSaving, setEnabled };
}
