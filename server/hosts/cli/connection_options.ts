// Where a command connects and as whom: flags first, then ELASTICSEARCH_URL, KIBANA_URL, ELASTIC_API_KEY,
// ELASTIC_USERNAME/ELASTIC_PASSWORD. Validated here so a typo fails before any request.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command';
import { credentialsFromEnv, type Credentials } from '../../lib/credentials';

export interface ConnectionOptions {
  elasticsearchUrl: string;
  kibanaUrl: string;
  credentials?: Credentials;
  space: string;
  /** PEM file of a CA to trust for both URLs (self-signed clusters). */
  caCertificate?: string;
  timeoutMs: number;
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

export const CONNECTION_HELP = `Connection (flags override the environment):
  --elasticsearch-url <url>  Elasticsearch holding the logs        [ELASTICSEARCH_URL]
  --kibana-url <url>         Kibana, for the Detection Engine API  [KIBANA_URL]
  --api-key <key>            API key (the encoded form)            [ELASTIC_API_KEY]
  --username <name>          user for basic authentication         [ELASTIC_USERNAME]
  --password <password>      that user's password                  [ELASTIC_PASSWORD]
  --space <id>               Kibana space (default: default)       [KIBANA_SPACE]
  --ca-cert <file>           PEM CA certificate to trust           [ELASTIC_CA_CERT]
  --timeout <seconds>        per-request timeout (default: 30)`;

type Values = { [K in keyof typeof CONNECTION_FLAGS]?: string };

function checkUrl(name: string, value: string | undefined, envName: string): string {
  if (!value) throw new UsageError(`missing --${name} (or ${envName})`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--${name} is not a URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--${name} must be an http or https URL, got ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new UsageError(
      `--${name} must not carry credentials; use --api-key or --username/--password`,
    );
  }
  return value.replace(/\/+$/, '');
}

const SPACE_ID = /^[a-z0-9_-]+$/;

export function connectionOptions(
  values: Values,
  env: NodeJS.ProcessEnv,
  credentialsRequired = true,
): ConnectionOptions {
  const elasticsearchUrl = checkUrl(
    'elasticsearch-url',
    values['elasticsearch-url'] ?? env.ELASTICSEARCH_URL,
    'ELASTICSEARCH_URL',
  );
  const kibanaUrl = checkUrl('kibana-url', values['kibana-url'] ?? env.KIBANA_URL, 'KIBANA_URL');
  let credentials: Credentials | undefined;
  if (values['api-key']) credentials = { apiKey: values['api-key'] };
  else if (values.username || values.password) {
    if (!values.username || !values.password)
      throw new UsageError('--username and --password go together');
    credentials = { username: values.username, password: values.password };
  } else credentials = credentialsFromEnv(env);
  if (!credentials && credentialsRequired) {
    throw new UsageError(
      'no credentials: give --api-key, or --username and --password (or ELASTIC_API_KEY)',
    );
  }
  const space = values.space ?? env.KIBANA_SPACE ?? 'default';
  if (!SPACE_ID.test(space))
    throw new UsageError(`--space is not a valid space id: ${JSON.stringify(space)}`);
  const timeout = values.timeout ?? '30';
  const seconds = Number(timeout);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UsageError(`--timeout must be a positive number of seconds`);
  const caCertificate = values['ca-cert'] ?? env.ELASTIC_CA_CERT;
  return {
    elasticsearchUrl,
    kibanaUrl,
    ...(credentials ? { credentials } : {}),
    space,
    timeoutMs: Math.round(seconds * 1000),
    ...(caCertificate ? { caCertificate } : {}),
  };
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
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}
