// The slice of Kibana's `core.http` the panel needs; the standalone host provides the same shape.

export interface HttpRequestOptions {
  method: 'GET' | 'POST';
  query?: Record<string, string>;
  /** JSON text: Kibana's fetch sends a string body untouched. */
  body?: string;
  /** Version of our versioned route, sent as `elastic-api-version`. */
  version: string;
  signal?: AbortSignal;
}

export interface HttpLike {
  fetch<T = unknown>(path: string, options: HttpRequestOptions): Promise<T>;
}

/** How `fetch` rejects (Kibana's IHttpFetchError): the answer, if any, and its parsed body. */
export interface HttpFetchErrorLike {
  name?: string;
  message?: string;
  response?: { status: number };
  body?: unknown;
}
