// Shared plumbing of the commands that talk to a cluster: connection flags (only the URLs the command uses), a
// check of who answers at each URL, one service call, and errors turned into one line and an exit code.
import type { ParseArgsConfig } from 'node:util';
import type { RuleDefinition } from '../../lib/rule';
import { HttpError, UpstreamError } from '../../lib/errors';
import { authorizationHeader } from '../../lib/credentials';
import type { Logger } from '../../lib/logger';
import {
  createHostContextFactory,
  type HostContextFactory,
  type ServiceContext,
} from '../../lib/service_context';
import { streamLogger } from '../../lib/stream_logger';
import { whoAnswersAll, type WhoAnswers } from '../../lib/who_answers';
import { EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from './command';
import {
  CONNECTION_FLAGS,
  connectionOptions,
  parseCommandArgs,
  type ConnectionOptions,
  type Upstream,
} from './connection_options';
import { RULE_FLAG, RULE_HELP, ruleForCommand } from './rule_option';

export const OUTPUT_FLAGS = {
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

export const OUTPUT_HELP = `Output:
  --json                     print the result as JSON on stdout
  --verbose                  log each request on stderr (method, path, status, time; never credentials)
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

/**
 * Exit code for an error answer: the service's own refusal about the rule (drift, rule missing, prebuilt copy
 * not offered) is a finding; anything Kibana or Elasticsearch answered with, including a 404 from a wrong URL,
 * is connection trouble.
 */
export function exitCodeForError(error: HttpError): number {
  if (error instanceof UpstreamError) return EXIT_USAGE;
  return error.statusCode === 409 || error.statusCode === 404 ? EXIT_PROBLEMS : EXIT_USAGE;
}

const URL_SETTING: Record<Upstream, string> = {
  elasticsearch: '--elasticsearch-url (ELASTICSEARCH_URL)',
  kibana: '--kibana-url (KIBANA_URL)',
};

const PROBLEM_STATUS = { credentials: 401, unreachable: 502, wrong_product: 502, wrong_path: 502 };

/** The first URL where the wrong party (or nobody) answered, as the one-line error to stop with. */
export function whoAnswersError(answers: readonly WhoAnswers[]): UpstreamError | undefined {
  for (const answer of answers) {
    if (answer.ok) continue;
    const check =
      answer.problem === 'credentials'
        ? 'check ELASTIC_API_KEY or ELASTIC_USERNAME/ELASTIC_PASSWORD (or --api-key, --username/--password)'
        : `check ${URL_SETTING[answer.product]}`;
    return new UpstreamError(
      PROBLEM_STATUS[answer.problem],
      `${answer.url} ${answer.message}: ${check}`,
      answer.product,
    );
  }
  return undefined;
}

/** Asks each URL the command uses who answers there, all at once; throws the first mismatch. */
export async function confirmWhoAnswers(
  connection: ConnectionOptions,
  uses: readonly Upstream[],
  logger: Logger,
): Promise<void> {
  const answers = await whoAnswersAll(
    { ...connection, spaceId: connection.space },
    uses,
    connection.credentials ? authorizationHeader(connection.credentials) : undefined,
    logger,
  );
  const error = whoAnswersError(answers);
  if (error) throw error;
}

export async function runServiceCommand<O extends NonNullable<ParseArgsConfig['options']>, R>(
  args: string[],
  io: CliIo,
  uses: readonly Upstream[],
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
  const run = build(values);
  const connection = connectionOptions(values as Record<string, string>, io.env, {
    uses,
    credentialsRequired: true,
  });
  const { credentials } = connection;
  if (!credentials) throw new Error('connectionOptions let a command through without credentials');
  // Each request is logged once, at debug level, by the client that sends it (never its headers).
  const logger = streamLogger(io.stderr, values.verbose ? 'debug' : 'warn');
  let contexts: HostContextFactory | undefined;
  try {
    // Who answers is asked while the rule file is read; nothing is judged before both are settled.
    const [rule] = await Promise.all([
      ruleForCommand(values.rule as string | undefined, io.cwd),
      confirmWhoAnswers(connection, uses, logger),
    ]);
    contexts = createHostContextFactory({ ...connection, spaceId: connection.space }, rule, logger);
    io.stderr.write(`${run.progress}\n`);
    const result = await run.call(contexts.forAuthorization(authorizationHeader(credentials)));
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
    await contexts?.close();
  }
}
