// `ssm-recon-rule serve`: the standalone host — the plugin's routes and panel without installing into Kibana.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isLeft } from 'fp-ts/Either';
import * as t from 'io-ts';
import { CLI_NAME } from '../../../../common/constants';
import { streamLogger } from '../../../lib/stream_logger';
import { DEFAULT_UI_DIR, startHost } from '../../standalone/start_host';
import { EXIT_OK, UsageError, type CliCommand, type CliIo } from '../command';
import {
  CONNECTION_FLAGS,
  connectionHelp,
  connectionOptions,
  parseCommandArgs,
  type Upstream,
} from '../connection_options';
import { buildPanelIfStale } from '../panel_build';
import { confirmWhoAnswers } from '../service_command';
import { RULE_FLAG, RULE_HELP, ruleForCommand } from '../rule_option';

export const DEFAULT_PORT = 5602;

/** The panel reads the logs (readiness) and the Detection Engine (everything else): both URLs. */
const USES: readonly Upstream[] = ['elasticsearch', 'kibana'];

const FLAGS = {
  ...CONNECTION_FLAGS,
  host: { type: 'string' },
  port: { type: 'string' },
  'access-token': { type: 'string' },
  'allowed-hosts': { type: 'string' },
  'kibana-public-url': { type: 'string' },
  'ui-dir': { type: 'string' },
  ...RULE_FLAG,
  config: { type: 'string' },
  verbose: { type: 'boolean' },
} as const;

/** A config file holds the same settings as the flags, by flag name. */
const ConfigFile = t.exact(
  t.partial(
    Object.fromEntries(
      Object.keys(FLAGS)
        .filter((name) => name !== 'config' && name !== 'verbose')
        .map((name) => [name, name === 'port' ? t.union([t.number, t.string]) : t.string]),
    ) as Record<string, t.Mixed>,
  ),
);

/** Where JSON.parse stopped, as line and column; never the text around it (the file holds secrets). */
function syntaxErrorPlace(text: string, error: SyntaxError): string {
  const position = Number(/position (\d+)/.exec(error.message)?.[1]);
  if (!Number.isFinite(position)) return 'it is not valid JSON';
  const before = text.slice(0, position).split('\n');
  return `it is not valid JSON (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

function readConfigFile(file: string, cwd: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read --config ${file}${code ? ` (${code})` : ''}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `cannot read --config ${file}: ${syntaxErrorPlace(text, error as SyntaxError)}`,
    );
  }
  const decoded = ConfigFile.decode(raw);
  if (isLeft(decoded)) {
    const keys = decoded.left.map((e) =>
      e.context
        .map((c) => c.key)
        .filter(Boolean)
        .join('.'),
    );
    throw new UsageError(
      `--config ${file}: invalid value for ${[...new Set(keys)].join(', ') || 'the file'}`,
    );
  }
  const unknown = Object.keys(raw as object).filter(
    (key) => !Object.prototype.hasOwnProperty.call(FLAGS, key),
  );
  if (unknown.length > 0)
    throw new UsageError(`--config ${file}: unknown setting ${unknown.join(', ')}`);
  return Object.fromEntries(Object.entries(decoded.right).map(([k, v]) => [k, String(v)]));
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a port number, got ${JSON.stringify(value)}`);
  }
  return port;
}

function waitForSignal(): Promise<string> {
  return new Promise((resolve) => {
    const done = (signal: string) => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve(signal);
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

async function serve(args: string[], io: CliIo): Promise<number> {
  const { values: flags } = parseCommandArgs(args, FLAGS);
  const fromFile = flags.config ? readConfigFile(flags.config, io.cwd) : {};
  const values: Record<string, string | undefined> = { ...fromFile };
  for (const [key, value] of Object.entries(flags))
    if (typeof value === 'string') values[key] = value;

  const connection = connectionOptions(values, io.env, { uses: USES, credentialsRequired: false });
  const { elasticsearchUrl, kibanaUrl } = connection;
  if (!elasticsearchUrl || !kibanaUrl) throw new Error('serve needs both URLs');
  const host = values.host ?? '127.0.0.1';
  const port = parsePort(values.port ?? String(DEFAULT_PORT));
  const accessToken = values['access-token'] ?? io.env.SSM_RECON_ACCESS_TOKEN;
  const allowedHosts = (values['allowed-hosts'] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const uiDir = path.resolve(io.cwd, values['ui-dir'] ?? DEFAULT_UI_DIR);
  const logger = streamLogger(io.stderr, flags.verbose ? 'debug' : 'info');
  // A wrong URL stops the host before it listens, rather than surfacing later as empty panels.
  const [rule] = await Promise.all([
    ruleForCommand(values.rule, io.cwd),
    confirmWhoAnswers(connection, USES, logger).catch((error: Error) => {
      throw new UsageError(error.message);
    }),
  ]);
  // The default panel is built on first start (and after its sources change); a given --ui-dir is used as it is.
  const hasPanel =
    values['ui-dir'] === undefined
      ? await buildPanelIfStale(uiDir, logger)
      : existsSync(path.join(uiDir, 'index.html'));
  if (!hasPanel) {
    logger.warn(`No built panel in ${uiDir} (run npm run build:ui); / says so until there is one.`);
  }

  const running = await startHost(
    {
      elasticsearchUrl,
      kibanaUrl,
      spaceId: connection.space,
      timeoutMs: connection.timeoutMs,
      ...(connection.caCertificate ? { caCertificate: connection.caCertificate } : {}),
      ...(connection.credentials ? { credentials: connection.credentials } : {}),
      ...(accessToken ? { accessToken } : {}),
      ...(allowedHosts.length > 0 ? { allowedHosts } : {}),
      ...(values['kibana-public-url'] ? { kibanaPublicUrl: values['kibana-public-url'] } : {}),
      host,
      port,
      rule,
      uiDir: hasPanel ? uiDir : null,
    },
    logger,
  ).catch((error: Error) => {
    throw new UsageError(error.message);
  });
  io.stdout.write(`Listening on ${running.url}\n`);
  if (!connection.credentials) {
    logger.info(
      'No credentials configured: each caller logs in with their own (browser prompt or API client).',
    );
  }
  const signal = await waitForSignal();
  logger.info(`${signal}: stopping`);
  await running.close();
  return EXIT_OK;
}

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'run the standalone host: the panel and its API for a cluster without the plugin',
  usage: `Usage: ${CLI_NAME} serve [--port ${DEFAULT_PORT}] [--host 127.0.0.1] [--config file.json] [connection flags]

Serves the panel at / and the plugin's API under the same paths as in Kibana. Each request acts with its own
Authorization header when it has one (a browser is asked to log in), else with the configured credentials.
Binding anything but loopback requires an access token, which callers present as the x-access-token header
(or once as ?access_token= in the page URL). It answers only to loopback names, the bound address and
--allowed-hosts (a page on another name, as in DNS rebinding, gets 403), and refuses cross-origin writes.

  --host <address>           address to bind (default 127.0.0.1)
  --port <port>              port (default ${DEFAULT_PORT}; 0 picks a free one)
  --access-token <token>     required from every caller             [SSM_RECON_ACCESS_TOKEN]
  --allowed-hosts <a,b>      host names callers may use besides loopback and the bound address
  --kibana-public-url <url>  Kibana as browsers reach it, for Security links (default: --kibana-url)
  --ui-dir <dir>             built panel to serve (default: the package's target/public/standalone,
                             built on first start and again when its sources change)
  --config <file.json>       settings by flag name, e.g. {"kibana-url": "...", "space": "secops"}
  --verbose                  log debug lines
${RULE_HELP}

${connectionHelp(USES)}
Credentials are optional here: without them every caller must bring their own.`,
  run: serve,
};
