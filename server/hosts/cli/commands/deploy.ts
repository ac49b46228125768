// `ssm-recon-rule deploy`: deploy or upgrade the rule in a space, as the deploy route does.
import { DeploySource } from '../../../../common/api';
import { CLI_NAME } from '../../../../common/constants';
import { deployRule } from '../../../lib/deploy/deploy_rule';
import { EXIT_OK, UsageError, type CliCommand } from '../command';
import { connectionHelp, type Upstream } from '../connection_options';
import { deployText } from '../format/deploy_text';
import { OUTPUT_HELP, runServiceCommand } from '../service_command';

const FLAGS = {
  enable: { type: 'boolean' },
  overwrite: { type: 'boolean' },
  source: { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const;

/** The only URL this command talks to, so the only one it requires. */
const USES: readonly Upstream[] = ['kibana'];

export const deployCommand: CliCommand = {
  name: 'deploy',
  summary: 'deploy or upgrade the rule (Elastic prebuilt copy when available)',
  usage: `Usage: ${CLI_NAME} deploy [--enable] [--overwrite] [--source auto|prebuilt|bundled] [--dry-run] [--json]

Installs Elastic's prebuilt copy of the rule when the cluster's package offers it, else creates a custom copy from
the bundled definition under its own rule_id. Safe to run twice. A managed field edited in Kibana is refused
(exit 1, with the diff) unless --overwrite is given. New rules start disabled unless --enable.

  --enable                   enable the rule after deploying it
  --overwrite                replace managed fields edited in Kibana
  --source <source>          auto (default), prebuilt or bundled
  --dry-run                  show what would change, change nothing

${connectionHelp(USES)}

${OUTPUT_HELP}`,
  run: (args, io) =>
    runServiceCommand(args, io, USES, FLAGS, (values) => {
      const source = values.source ?? 'auto';
      if (!DeploySource.is(source)) {
        throw new UsageError(
          `--source must be auto, prebuilt or bundled, got ${JSON.stringify(source)}`,
        );
      }
      const request = {
        source,
        ...(values.enable ? { enable: true } : {}),
        ...(values.overwrite ? { overwrite: true } : {}),
        ...(values['dry-run'] ? { dryRun: true } : {}),
      };
      return {
        progress: values['dry-run'] ? 'Planning the deployment…' : 'Deploying the rule…',
        call: (ctx) => deployRule(ctx, request),
        text: deployText,
        exitCode: () => EXIT_OK,
      };
    }),
};
