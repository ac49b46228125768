// Credentials of the standalone host and the CLI: an API key or a user's basic credentials, as one header value.
import * as t from 'io-ts';

export const Credentials = t.union([
  t.type({ apiKey: t.string }),
  t.type({ username: t.string, password: t.string }),
]);
export type Credentials = t.TypeOf<typeof Credentials>;

/** The `Authorization` header value for these credentials (never logged). */
export function authorizationHeader(credentials: Credentials): string {
  if ('apiKey' in credentials) return `ApiKey ${credentials.apiKey}`;
  const token = Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString(
    'base64',
  );
  return `Basic ${token}`;
}

/** Credentials from the conventional environment variables, if any are set. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): Credentials | undefined {
  if (env.ELASTIC_API_KEY) return { apiKey: env.ELASTIC_API_KEY };
  if (env.ELASTIC_USERNAME && env.ELASTIC_PASSWORD) {
    return { username: env.ELASTIC_USERNAME, password: env.ELASTIC_PASSWORD };
  }
  return undefined;
}
