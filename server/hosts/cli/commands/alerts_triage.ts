// `ssm-recon-rule alerts --set-status <status> --id <id>…`: triage from the command line, through the same service
// as the panel (Kibana's signals status API, with the caller's credentials).
import { MAX_TRIAGE_IDS, TriageRequest, type TriageResponse } from '../../../../common/api';
import { setAlertStatus } from '../../../lib/triage/set_alert_status';
import { decodeInput } from '../../../routes/run_route';
import { HttpError } from '../../../lib/errors';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from '../command';
import { triageText } from '../format/alerts_text';
import type { ServiceRun } from '../service_command';

export const TRIAGE_FLAGS = {
  'set-status': { type: 'string' },
  id: { type: 'string', multiple: true },
} as const;

export const TRIAGE_HELP = `Triage (instead of reading):
  --set-status <status>      set the workflow status of the alerts named by --id: open, acknowledged or closed
  --id <alert id>            an alert of this rule (the id \`alerts\` prints); repeat for several, at most ${MAX_TRIAGE_IDS}`;

/** Whether the arguments ask for triage rather than the summary. */
export function wantsTriage(args: readonly string[]): boolean {
  return args.some((arg) => arg === '--set-status' || arg.startsWith('--set-status='));
}

export function triageRun(values: Record<string, unknown>): ServiceRun<TriageResponse> {
  let request: TriageRequest;
  try {
    request = decodeInput(
      TriageRequest,
      { ids: values.id ?? [], status: values['set-status'] },
      'options',
    );
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    throw new UsageError(
      error.message
        .replace('options.status', '--set-status')
        .replace('options.ids', '--id')
        .replace('Invalid options: ', ''),
    );
  }
  return {
    progress: `Setting ${request.ids.length === 1 ? 'the alert' : `${request.ids.length} alerts`} to ${request.status}…`,
    call: (ctx) => setAlertStatus(ctx, request),
    text: triageText,
    exitCode: (result) => (result.updated === result.requested ? EXIT_OK : EXIT_PROBLEMS),
  };
}
