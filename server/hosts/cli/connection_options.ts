// Where a command connects and as whom: flags first, then ELASTICSEARCH_URL, KIBANA_URL, ELASTIC_API_KEY,
// ELASTIC_USERNAME/ELASTIC_PASSWORD. Validated here, all at once, so a typo fails before any request.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closestName } from './closest_name';
import { UsageError } from './command';
import { credentialsFromEnv, type Credentials } from '../../lib/credentials';

/** What a command talks to: only those URLs are required (and checked for who answers). */
export type Upstream = 'elasticsearch' | 'kibana';

export interface ConnectionOptions {
  /** Set when the command uses Elasticsearch. */
  elasticsearchUrl?: string;
  /** Set when the command uses Kibana. */
  kibanaUrl?: string;
  credentials?: Credentials;
  space: string;
  /** PEM file of a CA to trust for both URLs (self-signed clusters). */
  caCertificate?: string;
  timeoutMs: number;
}

export interface ConnectionNeeds {
  uses: readonly Upstream[];
  /** `serve` runs without credentials: each caller then brings their own. */
  credentialsRequired: boolean;
}

export const CONNECTION_FLAGS = {
  'elasticsearch-url': { type: 'string' },
  'kibana-url': { type: 'string' },
  'api-key': { type: 'string' },
  username: { type: 'string' },
  password: { type: 'string' },
  space: { type: 'string' },
  'ca-cert': { type: 'string' },
  timeout: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

const URL_HELP: Record<Upstream, string> = {
  elasticsearch:
    '  --elasticsearch-url <url>  Elasticsearch holding the logs        [ELASTICSEARCH_URL]',
  kibana: '  --kibana-url <url>         Kibana, for the Detection Engine API  [KIBANA_URL]',
};

/** The connection part of a command's help: only the URLs that command uses. */
export function connectionHelp(uses: readonly Upstream[]): string {
  return [
    'Connection (flags override the environment):',
    ...uses.map((upstream) => URL_HELP[upstream]),
    '  --api-key <key>            API key (the encoded form)            [ELASTIC_API_KEY]',
    '  --username <name>          user for basic authentication         [ELASTIC_USERNAME]',
    "  --password <password>      that user's password                  [ELASTIC_PASSWORD]",
    '  --space <id>               Kibana space (default: default)       [KIBANA_SPACE]',
    '  --ca-cert <file>           PEM CA certificate to trust           [ELASTIC_CA_CERT]',
    '  --timeout <seconds>        per-request timeout (default: 30)',
  ].join('\n');
}

type Values = { [K in keyof typeof CONNECTION_FLAGS]?: string };

const URL_SETTINGS: Record<Upstream, { flag: string; env: string }> = {
  elasticsearch: { flag: 'elasticsearch-url', env: 'ELASTICSEARCH_URL' },
  kibana: { flag: 'kibana-url', env: 'KIBANA_URL' },
};

const CREDENTIAL_SETTINGS =
  'credentials: --api-key (or ELASTIC_API_KEY), or --username and --password ' +
  '(or ELASTIC_USERNAME and ELASTIC_PASSWORD)';

/** The URL as given, or what is wrong with it. */
function checkUrl(name: string, value: string): string | { problem: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: `--${name} is not a URL: ${JSON.stringify(value)}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { problem: `--${name} must be an http or https URL, got ${url.protocol}` };
  }
  if (url.username || url.password) {
    return {
      problem: `--${name} must not carry credentials; use --api-key or --username/--password`,
    };
  }
  return value.replace(/\/+$/, '');
}

function credentialsFrom(
  values: Values,
  env: NodeJS.ProcessEnv,
): Credentials | { problem: string } | undefined {
  if (values['api-key']) return { apiKey: values['api-key'] };
  if (values.username || values.password) {
    if (!values.username || !values.password) {
      return { problem: '--username and --password go together' };
    }
    return { username: values.username, password: values.password };
  }
  const fromEnv = credentialsFromEnv(env);
  if (fromEnv) return fromEnv;
  // Half a pair in the environment is a typo to point at, not "no credentials".
  if (Boolean(env.ELASTIC_USERNAME) !== Boolean(env.ELASTIC_PASSWORD)) {
    return {
      problem: `${env.ELASTIC_USERNAME ? 'ELASTIC_USERNAME' : 'ELASTIC_PASSWORD'} is set but ${
        env.ELASTIC_USERNAME ? 'ELASTIC_PASSWORD' : 'ELASTIC_USERNAME'
      } is not`,
    };
  }
  return undefined;
}

const SPACE_ID = /^[a-z0-9_-]+$/;

/**
 * The connection settings a command needs, from flags then the environment. Everything missing or wrong is
 * reported at once, in one usage error, so a first run does not turn into one run per missing setting.
 */
export function connectionOptions(
  values: Values,
  env: NodeJS.ProcessEnv,
  needs: ConnectionNeeds,
): ConnectionOptions {
  const missing: string[] = [];
  const problems: string[] = [];
  const urls: Partial<Record<Upstream, string>> = {};
  for (const upstream of needs.uses) {
    const { flag, env: envName } = URL_SETTINGS[upstream];
    const value = values[flag as keyof Values] ?? env[envName];
    if (!value) {
      missing.push(`--${flag} (or ${envName})`);
      continue;
    }
    const checked = checkUrl(flag, value);
    if (typeof checked === 'string') urls[upstream] = checked;
    else problems.push(checked.problem);
  }
  const credentials = credentialsFrom(values, env);
  if (credentials && 'problem' in credentials) problems.push(credentials.problem);
  else if (!credentials && needs.credentialsRequired) missing.push(CREDENTIAL_SETTINGS);

  const space = values.space ?? env.KIBANA_SPACE ?? 'default';
  if (!SPACE_ID.test(space)) {
    problems.push(`--space is not a valid space id: ${JSON.stringify(space)}`);
  }
  const seconds = Number(values.timeout ?? '30');
  if (!Number.isFinite(seconds) || seconds <= 0) {
    problems.push('--timeout must be a positive number of seconds');
  }
  if (missing.length > 0) problems.unshift(`missing ${missing.join('; ')}`);
  if (problems.length > 0) throw new UsageError(problems.join('; '));

  const caCertificate = values['ca-cert'] ?? env.ELASTIC_CA_CERT;
  return {
    ...(urls.elasticsearch ? { elasticsearchUrl: urls.elasticsearch } : {}),
    ...(urls.kibana ? { kibanaUrl: urls.kibana } : {}),
    ...(credentials && !('problem' in credentials) ? { credentials } : {}),
    space,
    timeoutMs: Math.round(seconds * 1000),
    ...(caCertificate ? { caCertificate } : {}),
  };
}

/** "Unknown option '--enabled'. Did you mean '--enable'?" when a known option is a typo away. */
function unknownOptionMessage(message: string, options: Record<string, unknown>): string {
  const unknown = /^Unknown option '(-{1,2})([^'=]+)'/.exec(message);
  if (!unknown) return message;
  const suggestion = closestName(unknown[2], [...Object.keys(options), 'help']);
  return suggestion
    ? `Unknown option '${unknown[1]}${unknown[2]}'. Did you mean '--${suggestion}'?`
    : `Unknown option '${unknown[1]}${unknown[2]}' (run with --help for the options)`;
}

/** Parses argv strictly: an unknown flag is a usage error naming it. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError(unknownOptionMessage((error as Error).message.split('\n')[0], options));
  }
}
