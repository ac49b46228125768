// The panel's writes, each with toasts either way: deploy / upgrade in two steps (a dry run that shows what will
// change, then the real call), and turning the deployed rule on or off. Callers reload status afterwards.
import { useCallback, useRef, useState } from 'react';
import type { DeployAction, DeployResponse, EnableResponse, FieldChange } from '../../common/api';
import { toApiError } from '../services/api_client';
import type { ApiError } from '../services/api_client';
import { useServices } from '../services/services_context';

export interface DeployOptions {
  enable: boolean;
  overwrite: boolean;
}

export type DeployPlan =
  | { state: 'idle' }
  | { state: 'planning' }
  | { state: 'ready'; plan: DeployResponse }
  /** The server refused: managed fields were edited in Kibana. */
  | { state: 'drift'; drift: FieldChange[]; message: string }
  | { state: 'failed'; error: ApiError };

export interface DeployFlow {
  plan: DeployPlan;
  isDeploying: boolean;
  preview(options: DeployOptions): void;
  /** Resolves with the server's answer, or null when the deploy did not happen. */
  confirm(options: DeployOptions): Promise<DeployResponse | null>;
  reset(): void;
}

const SUCCESS_TITLES: Record<DeployAction, string> = {
  installed_prebuilt: "Installed Elastic's prebuilt rule",
  created_custom: 'Created the rule from the bundled definition',
  updated_custom: 'Upgraded the rule',
  unchanged: 'The rule was already up to date',
};

function planFromError(error: ApiError): DeployPlan {
  if (error.kind === 'conflict')
    return { state: 'drift', drift: error.drift, message: error.message };
  return { state: 'failed', error };
}

export function useDeploy(): DeployFlow {
  const { api, toasts } = useServices();
  const [plan, setPlan] = useState<DeployPlan>({ state: 'idle' });
  const [isDeploying, setIsDeploying] = useState(false);
  // Only the newest dry run may set the plan; an older one answering late is ignored.
  const latest = useRef(0);

  const preview = useCallback(
    (options: DeployOptions) => {
      const request = ++latest.current;
      setPlan({ state: 'planning' });
      api.deploy({ ...options, dryRun: true }).then(
        (answer) => {
          if (request === latest.current) setPlan({ state: 'ready', plan: answer });
        },
        (error: unknown) => {
          if (request === latest.current) setPlan(planFromError(toApiError(error)));
        },
      );
    },
    [api],
  );

  const confirm = useCallback(
    async (options: DeployOptions) => {
      latest.current++;
      setIsDeploying(true);
      const progress = toasts.addInfo({ title: 'Deploying the rule…' });
      try {
        const answer = await api.deploy({ ...options, dryRun: false });
        toasts.addSuccess({ title: SUCCESS_TITLES[answer.action], text: answer.message });
        setPlan({ state: 'idle' });
        return answer;
      } catch (caught) {
        const error = toApiError(caught);
        if (error.kind === 'conflict') {
          toasts.addDanger({
            title: 'Deploy refused: the rule was edited in Kibana',
            text: error.message,
          });
        } else {
          toasts.addError(error, {
            title: 'Could not deploy the rule',
            toastMessage: error.message,
          });
        }
        setPlan(planFromError(error));
        return null;
      } finally {
        toasts.remove(progress);
        setIsDeploying(false);
      }
    },
    [api, toasts],
  );

  const reset = useCallback(() => {
    latest.current++;
    setPlan({ state: 'idle' });
  }, []);

  return { plan, isDeploying, preview, confirm, reset };
}

/** Turns the deployed rule on or off: the toggle's saving state, and the call that answers null on failure. */
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
