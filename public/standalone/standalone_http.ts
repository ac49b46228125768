// core.http for the standalone page: same-origin fetch with the headers Kibana's client adds, rejecting like it.
import type { HttpFetchErrorLike, HttpLike, HttpRequestOptions } from '../services/api_client';

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

async function parseBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function requestHeaders(options: HttpRequestOptions): Record<string, string> {
  return {
    accept: 'application/json',
    'elastic-api-version': options.version,
    'kbn-xsrf': 'true',
    'x-elastic-internal-origin': 'Kibana',
    ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
  };
}

export function createStandaloneHttp(fetchFn: FetchFunction, origin = ''): HttpLike {
  return {
    async fetch<T>(path: string, options: HttpRequestOptions): Promise<T> {
      const query = options.query ? `?${new URLSearchParams(options.query).toString()}` : '';
      const response = await fetchFn(`${origin}${path}${query}`, {
        method: options.method,
        headers: requestHeaders(options),
        body: options.body,
        credentials: 'same-origin',
        signal: options.signal,
      });
      const body = await parseBody(response);
      if (response.ok) return body as T;
      const message =
        typeof body === 'object' &&
        body !== null &&
        typeof (body as { message?: unknown }).message === 'string'
          ? (body as { message: string }).message
          : `${response.status} ${response.statusText}`.trim();
      const failure: HttpFetchErrorLike & Error = Object.assign(new Error(message), {
        name: 'HttpFetchError',
        response: { status: response.status },
        body,
      });
      throw failure;
    },
  };
}
