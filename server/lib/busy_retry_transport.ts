// Elasticsearch's client sends a request again after a lost connection or a 502/503/504, but never after a 429
// (too many requests), and never waits as `Retry-After` asks. This transport adds that for reads, by the same
// policy as the Kibana client (retry_policy.ts): a bounded wait, at most MAX_ATTEMPTS sends.
import { errors, type SniffingTransport } from '@elastic/elasticsearch';
import type {
  TransportRequestOptions,
  TransportRequestOptionsWithMeta,
  TransportRequestOptionsWithOutMeta,
  TransportRequestParams,
  TransportResult,
} from '@elastic/elasticsearch';
import { retryDelay } from './retry_policy';

/** Searches and lookups: sending one twice does what sending it once does. */
const READ_PATH = /\/(_search|_msearch|_field_caps|_resolve\/index\/[^/]*|_has_privileges|_count)$/;

export function isReadRequest(params: TransportRequestParams): boolean {
  if (params.method === 'GET' || params.method === 'HEAD') return true;
  return READ_PATH.test(params.path.split('?')[0]);
}

function retryAfterOf(error: errors.ResponseError): string | undefined {
  const value = error.meta.headers?.['retry-after'];
  return Array.isArray(value) ? value[0] : (value ?? undefined);
}

/** `Base` (a transport class for `new Client({ Transport })`) with reads retried after a 429. */
export function withBusyRetries(Base: typeof SniffingTransport): typeof SniffingTransport {
  class BusyRetryTransport extends Base {
    override request<TResponse = unknown>(
      params: TransportRequestParams,
      options?: TransportRequestOptionsWithOutMeta,
    ): Promise<TResponse>;
    override request<TResponse = unknown, TContext = unknown>(
      params: TransportRequestParams,
      options?: TransportRequestOptionsWithMeta,
    ): Promise<TransportResult<TResponse, TContext>>;
    override request<TResponse = unknown>(
      params: TransportRequestParams,
      options?: TransportRequestOptions,
    ): Promise<TResponse>;
    override async request(
      params: TransportRequestParams,
      options?: TransportRequestOptions,
    ): Promise<unknown> {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await super.request(params, options);
        } catch (error) {
          // 502/503/504 the client has already retried; only the busy answer it never retries is ours.
          if (!(error instanceof errors.ResponseError) || error.statusCode !== 429) throw error;
          const wait = retryDelay(
            { kind: 'status', status: 429, retryAfter: retryAfterOf(error) },
            attempt,
            isReadRequest(params),
          );
          if (wait === undefined) throw error;
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }
    }
  }
  return BusyRetryTransport;
}
