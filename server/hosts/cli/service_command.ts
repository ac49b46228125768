// Shared plumbing of the commands that talk to a cluster: connection flags, the bundled rule, one service call,
// and errors turned into one line and an exit code (2 for connection or permission trouble).
import type { ParseArgsConfig } from 'node:util';
import type { RuleDefinition } from '../../lib/rule';
import { HttpError } from '../../lib/errors';
import { authorizationHeader } from '../../lib/credentials';
import { createHostContextFactory, type ServiceContext } from '../../lib/service_context';
import { streamLogger } from '../../lib/stream_logger';
import { EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliIo } from './command';
import { CONNECTION_FLAGS, connectionOptions, parseCommandArgs } from './connection_options';
import { RULE_FLAG, RULE_HELP, ruleForCommand } from './rule_option';

export const OUTPUT_FLAGS = {
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

export const OUTPUT_HELP = `Output:
  --json                     print the result as JSON on stdout
  --verbose                  log each request on stderr
${RULE_HELP}`;

export interface ServiceRun<R> {
  /** Progress line for stderr while the call runs. */
  progress: string;
  call(ctx: ServiceContext): Promise<R>;
  /** Text for humans. */
  text(result: R, rule: RuleDefinition): string;
  /** 0 when all is well, 1 when the result shows a problem. */
  exitCode(result: R): number;
}

/** Exit code for an error answer: a refusal that is about the rule (drift, missing rule) is a finding. */
export function exitCodeForError(error: HttpError): number {
  return error.statusCode === 409 || error.statusCode === 404 ? EXIT_PROBLEMS : EXIT_USAGE;
}

export async function runServiceCommand<O extends NonNullable<ParseArgsConfig['options']>, R>(
  args: string[],
  io: CliIo,
  extraFlags: O,
  build: (values: Record<string, unknown>) => ServiceRun<R>,
): Promise<number> {
  const parsed = parseCommandArgs(args, {
    ...CONNECTION_FLAGS,
    ...OUTPUT_FLAGS,
    ...RULE_FLAG,
    ...extraFlags,
  });
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const connection = connectionOptions(values as Record<string, string>, io.env);
  const run = build(values);
  if (!connection.credentials) throw new UsageError('no credentials');
  const logger = streamLogger(io.stderr, values.verbose ? 'debug' : 'warn');
  const rule = await ruleForCommand(values.rule as string | undefined, io.cwd);
  const contexts = createHostContextFactory(
    { ...connection, spaceId: connection.space },
    rule,
    logger,
    values.verbose
      ? (event) =>
          logger.debug(
            `${event.method} ${event.path} → ${event.status ?? 'no answer'} in ${event.durationMs} ms`,
          )
      : undefined,
  );
  try {
    io.stderr.write(`${run.progress}\n`);
    const result = await run.call(
      contexts.forAuthorization(authorizationHeader(connection.credentials)),
    );
    io.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : run.text(result, rule));
    return run.exitCode(result);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    if (values.json) io.stdout.write(`${JSON.stringify(error.toBody(), null, 2)}\n`);
    io.stderr.write(`error: ${error.message}\n`);
    for (const change of error.attributes?.drift ?? []) {
      io.stderr.write(
        `  ${change.field}: deployed ${JSON.stringify(change.deployed)} ≠ bundled ${JSON.stringify(change.bundled)}\n`,
      );
    }
    return exitCodeForError(error);
  } finally {
    await contexts.close();
  }
}
