// `ssm-recon-rule readiness`: can the logs feed the rule? As the readiness route reports it.
import { CLI_NAME } from '../../../../common/constants';
import { checkReadiness } from '../../../lib/readiness/check_readiness';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type CliCommand } from '../command';
import { connectionHelp, type Upstream } from '../connection_options';
import { readinessText } from '../format/readiness_text';
import { OUTPUT_HELP, runServiceCommand } from '../service_command';

const FLAGS = { 'fail-on': { type: 'string' } } as const;

/** The only URL this command talks to, so the only one it requires. */
const USES: readonly Upstream[] = ['elasticsearch'];

export const readinessCommand: CliCommand = {
  name: 'readiness',
  summary: 'check that the rule’s index patterns hold data it can use',
  usage: `Usage: ${CLI_NAME} readiness [--fail-on fail|warn] [--json]

Checks every index pattern of the rule: does it resolve, is there data over the history window, are the query's
and the new-terms fields mapped as the rule needs, does the query match, is the baseline long enough.

  --fail-on <level>          exit 1 on "fail" (default) or already on "warn"

${connectionHelp(USES)}

${OUTPUT_HELP}`,
  run: (args, io) =>
    runServiceCommand(args, io, USES, FLAGS, (values) => {
      const failOn = values['fail-on'] ?? 'fail';
      if (failOn !== 'fail' && failOn !== 'warn') {
        throw new UsageError(`--fail-on must be fail or warn, got ${JSON.stringify(failOn)}`);
      }
      return {
        progress: 'Checking the rule’s index patterns…',
        call: (ctx) => checkReadiness(ctx),
        text: readinessText,
        exitCode: (result) =>
          result.status === 'fail' || (failOn === 'warn' && result.status === 'warn')
            ? EXIT_PROBLEMS
            : EXIT_OK,
      };
    }),
};
