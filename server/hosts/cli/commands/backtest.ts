// `ssm-recon-rule backtest`: what the rule would have raised on schedule over the last days, the forecast and
// exception suggestions. Progress goes to stderr; Ctrl-C cancels the searches in flight.
import { BACKTEST_DEFAULT_DAYS, BACKTEST_MAX_DAYS, BacktestRequest } from '../../../../common/api';
import { CLI_NAME } from '../../../../common/constants';
import { formatNumber } from '../../../../common/format';
import { runBacktest } from '../../../lib/backtest/run_backtest';
import { EXIT_OK, UsageError, type CliCommand } from '../command';
import { connectionHelp, type Upstream } from '../connection_options';
import { backtestText } from '../format/backtest_text';
import { OUTPUT_HELP, runServiceCommand } from '../service_command';

const FLAGS = { days: { type: 'string' } } as const;

/** The rule and its exceptions come from Kibana, the events from Elasticsearch. */
const USES: readonly Upstream[] = ['elasticsearch', 'kibana'];

export const backtestCommand: CliCommand = {
  name: 'backtest',
  summary:
    'what the rule would have raised over the last days, the forecast and exception suggestions',
  usage: `Usage: ${CLI_NAME} backtest [--days N] [--json]

  --days <n>                 days to replay, 1 to ${BACKTEST_MAX_DAYS} (default ${BACKTEST_DEFAULT_DAYS})

The deployed rule (else the bundled one) with its current exceptions, as if it had run on its schedule; the
searches act as you and read only aggregations. Ctrl-C cancels.

${connectionHelp(USES)}

${OUTPUT_HELP}`,
  run: (args, io) =>
    runServiceCommand(args, io, USES, FLAGS, (values) => {
      const days = values.days === undefined ? BACKTEST_DEFAULT_DAYS : Number(values.days);
      const request = { days };
      if (
        !BacktestRequest.is(request) ||
        !Number.isInteger(days) ||
        days < 1 ||
        days > BACKTEST_MAX_DAYS
      ) {
        throw new UsageError(
          `--days must be an integer from 1 to ${BACKTEST_MAX_DAYS}, got ${JSON.stringify(values.days)}`,
        );
      }
      return {
        progress: `Replaying the rule’s schedule over the last ${days} days…`,
        call: async (ctx) => {
          const controller = new AbortController();
          const cancel = () => controller.abort();
          process.once('SIGINT', cancel);
          try {
            return await runBacktest(ctx, request, {
              signal: controller.signal,
              onProgress: ({ searches, termSets }) => {
                if (values.verbose) {
                  io.stderr.write(`  ${searches} searches, ${formatNumber(termSets)} term sets\n`);
                }
              },
            });
          } finally {
            process.removeListener('SIGINT', cancel);
          }
        },
        text: backtestText,
        exitCode: () => EXIT_OK,
      };
    }),
};
