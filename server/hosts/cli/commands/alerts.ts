// `ssm-recon-rule alerts`: what the rule found, through the Detection Engine's signals search.
import { AlertsRange } from '../../../../common/api';
import { CLI_NAME } from '../../../../common/constants';
import { getAlerts } from '../../../lib/alerts/get_alerts';
import { EXIT_OK, UsageError, type CliCommand } from '../command';
import { connectionHelp, type Upstream } from '../connection_options';
import { alertsText } from '../format/alerts_text';
import { OUTPUT_HELP, runServiceCommand } from '../service_command';
import { TRIAGE_FLAGS, TRIAGE_HELP, triageRun, wantsTriage } from './alerts_triage';

const FLAGS = { range: { type: 'string' } } as const;

/** The only URL this command talks to, so the only one it requires. */
const USES: readonly Upstream[] = ['kibana'];

export const alertsCommand: CliCommand = {
  name: 'alerts',
  summary:
    'show alert counts, top account/user pairs and the newest alerts (default: last 24h), or triage alerts',
  usage: `Usage: ${CLI_NAME} alerts [--range 24h|7d|30d] [--json]
       ${CLI_NAME} alerts --set-status open|acknowledged|closed --id <alert id> [--id <alert id>…] [--json]

  --range <range>            window of the status counts, histogram and pairs: 24h, 7d or 30d
                             (default 24h, the last 24 hours; the panel opens on 7d)

${TRIAGE_HELP}

${connectionHelp(USES)}

${OUTPUT_HELP}`,
  run: (args, io) =>
    wantsTriage(args)
      ? runServiceCommand(args, io, USES, TRIAGE_FLAGS, triageRun)
      : runServiceCommand(args, io, USES, FLAGS, (values) => {
          const range = values.range ?? '24h';
          if (!AlertsRange.is(range)) {
            throw new UsageError(`--range must be 24h, 7d or 30d, got ${JSON.stringify(range)}`);
          }
          return {
            progress: 'Reading the rule’s alerts…',
            call: (ctx) => getAlerts(ctx, range),
            text: alertsText,
            exitCode: () => EXIT_OK,
          };
        }),
};
