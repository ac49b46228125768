// One Kibana HTTP call: the headers Kibana requires, the caller's credentials, a timeout per attempt, retries
// where they are safe (retry_policy.ts), and both error shapes turned into KibanaApiError. Credentials are only
// ever placed in headers, never in messages or logs.
import type { Logger } from '../logger';
import { silentLogger } from '../logger';
import { retryDelay, type AttemptFailure } from '../retry_policy';
import { fetchSender, type HttpSender } from './http_sender';
import {
  KibanaApiError,
  errorFromKibanaAnswer,
  errorFromNetworkFailure,
  networkErrorCode,
} from './kibana_api_error';

/** Version header values: public Detection Engine routes and Kibana's internal routes. */
export const PUBLIC_API_VERSION = '2023-10-31';
export const INTERNAL_API_VERSION = '1';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface KibanaCall {
  method: HttpMethod;
  /** Path below the base URL, e.g. `/api/detection_engine/rules`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** What the call does, in words, for error messages ("create rule"). */
  operation: string;
  /** Sending it twice does what sending it once does (default: GET only), so it may be retried. */
  idempotent?: boolean;
}

type Attempt<T> =
  | { ok: true; value: T }
  | { ok: false; error: KibanaApiError; failure: AttemptFailure | undefined };

/** One finished (or failed) request, for request counting and concurrency measurement. */
export interface KibanaRequestEvent {
  method: HttpMethod;
  path: string;
  status: number | null;
  startedAt: number;
  durationMs: number;
}

export interface KibanaTransportOptions {
  /** Kibana's URL including its base path and the space prefix (`…/s/<space>`), without a trailing slash. */
  baseUrl: string;
  /** The caller's `authorization` and/or `cookie` headers. */
  authHeaders: Readonly<Record<string, string>>;
  timeoutMs: number;
  sender?: HttpSender;
  logger?: Logger;
  onRequest?: (event: KibanaRequestEvent) => void;
}

export class KibanaTransport {
  readonly baseUrl: string;
  private readonly origin: string;
  private readonly sender: HttpSender;
  private readonly logger: Logger;

  constructor(private readonly options: KibanaTransportOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    const parsed = new URL(this.baseUrl);
    if (parsed.username || parsed.password) {
      throw new Error('The Kibana URL must not carry credentials');
    }
    this.origin = parsed.origin;
    this.sender = options.sender ?? fetchSender;
    this.logger = options.logger ?? silentLogger;
  }

  async call<T = unknown>(call: KibanaCall): Promise<T> {
    const idempotent = call.idempotent ?? call.method === 'GET';
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.attempt<T>(call);
      if (outcome.ok) return outcome.value;
      const wait = outcome.failure && retryDelay(outcome.failure, attempt, idempotent);
      if (wait === undefined) throw outcome.error;
      this.logger.debug(`Kibana ${call.method} ${call.path}: trying again in ${wait} ms`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  private async attempt<T>(call: KibanaCall): Promise<Attempt<T>> {
    const url = new URL(this.baseUrl + call.path);
    for (const [key, value] of Object.entries(call.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const internal = call.path.startsWith('/internal/');
    const headers: Record<string, string> = {
      accept: 'application/json',
      'elastic-api-version': internal ? INTERNAL_API_VERSION : PUBLIC_API_VERSION,
      ...this.options.authHeaders,
    };
    if (internal) headers['x-elastic-internal-origin'] = 'Kibana';
    if (call.method !== 'GET') headers['kbn-xsrf'] = 'true';
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    if (body !== undefined) headers['content-type'] = 'application/json';

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    const startedAt = Date.now();
    let status: number | null = null;
    let retryAfter: string | undefined;
    try {
      const response = await this.sender({
        method: call.method,
        url,
        headers,
        body,
        signal: controller.signal,
      });
      status = response.status;
      retryAfter = response.headers?.['retry-after'];
      const parsed = parseJson(response.text);
      if (status < 200 || status >= 300) {
        throw errorFromKibanaAnswer(status, parsed, call.operation);
      }
      if (parsed === undefined && response.text.length > 0) {
        throw new KibanaApiError(
          502,
          `Kibana answered ${call.operation} with something other than JSON (${response.contentType || 'no content type'})`,
          status,
        );
      }
      return { ok: true, value: parsed as T };
    } catch (error) {
      if (error instanceof KibanaApiError) {
        const failure: AttemptFailure | undefined =
          status === null ? undefined : { kind: 'status', status, retryAfter };
        return { ok: false, error, failure };
      }
      const code = networkErrorCode(error);
      return {
        ok: false,
        error: errorFromNetworkFailure(
          error,
          this.origin,
          call.operation,
          timedOut,
          this.options.timeoutMs,
        ),
        // A timed-out call may still be running upstream: never sent again.
        failure: timedOut || code === undefined ? undefined : { kind: 'network', code },
      };
    } finally {
      clearTimeout(timer);
      const durationMs = Date.now() - startedAt;
      this.logger.debug(
        `Kibana ${call.method} ${call.path} → ${status ?? 'no answer'} (${durationMs} ms)`,
      );
      this.options.onRequest?.({
        method: call.method,
        path: call.path,
        status,
        startedAt,
        durationMs,
      });
    }
  }
}

function parseJson(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
