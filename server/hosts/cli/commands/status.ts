// `ssm-recon-rule status`: the rule's health verdict, as the status route reports it.
import { CLI_NAME } from '../../../../common/constants';
import { getRuleStatus } from '../../../lib/status/get_rule_status';
import { EXIT_OK, EXIT_PROBLEMS, type CliCommand } from '../command';
import { connectionHelp, type Upstream } from '../connection_options';
import { statusText } from '../format/status_text';
import { OUTPUT_HELP, runServiceCommand } from '../service_command';

/** The only URL this command talks to, so the only one it requires. */
const USES: readonly Upstream[] = ['kibana'];

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'show the deployed rule, its last runs and a health verdict',
  usage: `Usage: ${CLI_NAME} status [--json]

Exit code 0 when the verdict is healthy (the last run succeeded, on schedule), 1 otherwise: not deployed,
disabled, pending (enabled but not run yet: no evidence either way), warning, failing, stale.

${connectionHelp(USES)}

${OUTPUT_HELP}`,
  run: (args, io) =>
    runServiceCommand(args, io, USES, {}, () => ({
      progress: 'Reading the rule’s status…',
      call: (ctx) => getRuleStatus(ctx),
      text: statusText,
      exitCode: (status) => (status.verdict === 'healthy' ? EXIT_OK : EXIT_PROBLEMS),
    })),
};
