// How each health verdict looks and reads: colour, icon and word together, never colour alone.
import type { Verdict } from '../../../common/api';

export interface VerdictPresentation {
  label: string;
  color: 'success' | 'warning' | 'danger' | 'default' | 'hollow';
  iconType: string;
  summary: string;
}

export const VERDICTS: Record<Verdict, VerdictPresentation> = {
  healthy: {
    label: 'Healthy',
    color: 'success',
    iconType: 'checkCircleFill',
    summary: 'The rule runs on schedule and its last run succeeded.',
  },
  warning: {
    label: 'Warning',
    color: 'warning',
    iconType: 'warning',
    summary: 'The rule runs, but Kibana reported a problem on its last run.',
  },
  failing: {
    label: 'Failing',
    color: 'danger',
    iconType: 'error',
    summary: "The rule's last run failed.",
  },
  stale: {
    label: 'Stale',
    color: 'danger',
    iconType: 'clock',
    summary: 'The rule has stopped running on schedule.',
  },
  disabled: {
    label: 'Disabled',
    color: 'default',
    iconType: 'minusCircle',
    summary: 'The rule is deployed but does not run.',
  },
  not_deployed: {
    label: 'Not deployed',
    color: 'hollow',
    iconType: 'question',
    summary: 'The rule is not deployed in this space.',
  },
};

/** Kibana's words for execution statuses (it shows "partial failure" as "Warning"). */
export const EXECUTION_STATUS_LABELS: Record<string, string> = {
  succeeded: 'Succeeded',
  'going to run': 'Going to run',
  running: 'Running',
  'partial failure': 'Warning',
  failed: 'Failed',
};
