// For tests: one HTTP call to the emulated Kibana with the headers a well-behaved client sends (each can be
// overridden, or dropped by passing undefined).
import { basicAuthorization } from '../../auth/users';

export interface KibanaCall {
  method?: string;
  path: string;
  space?: string;
  query?: Record<string, string>;
  body?: unknown;
  /** Default: basic credentials of `elastic`. */
  authorization?: string;
  headers?: Record<string, string | undefined>;
}

export interface KibanaAnswer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

export async function kibanaCall(baseUrl: string, call: KibanaCall): Promise<KibanaAnswer> {
  const method = call.method ?? 'GET';
  const internal = call.path.startsWith('/internal/');
  const headers: Record<string, string | undefined> = {
    authorization: call.authorization ?? basicAuthorization('elastic'),
    'elastic-api-version': internal ? '1' : '2023-10-31',
    ...(method === 'GET' ? {} : { 'kbn-xsrf': 'true' }),
    ...(internal ? { 'x-elastic-internal-origin': 'Kibana' } : {}),
    ...(call.body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...call.headers,
  };
  const prefix = call.space && call.space !== 'default' ? `/s/${call.space}` : '';
  const search = call.query ? `?${new URLSearchParams(call.query).toString()}` : '';
  const response = await fetch(`${baseUrl}${prefix}${call.path}${search}`, {
    method,
    headers: Object.fromEntries(
      Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === '' ? {} : (JSON.parse(text) as KibanaAnswer['body']),
    headers: response.headers,
  };
}
