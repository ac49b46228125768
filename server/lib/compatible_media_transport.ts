// Lets the 9.x Elasticsearch client of the standalone host and the CLI talk to 8.x clusters: the client asks for
// `compatible-with=9` media types, which Elasticsearch 8 refuses with a 400 before running anything. On that refusal
// this transport learns the versions the cluster accepts and re-sends with the highest one, for the rest of the
// process. (Reading `GET /` first would need the `monitor` privilege that least-privilege readers do not have.)
import { SniffingTransport } from '@elastic/elasticsearch';
import type {
  TransportRequestOptions,
  TransportRequestOptionsWithMeta,
  TransportRequestOptionsWithOutMeta,
  TransportRequestParams,
  TransportResult,
} from '@elastic/elasticsearch';

/** The client's own compatibility version: what is sent until a cluster refuses it. */
export const CLIENT_COMPATIBLE_WITH = 9;

/** The compatibility version a 400 answer asks for instead, or undefined when it is not such a refusal. */
export function acceptedCompatibleVersion(error: unknown): number | undefined {
  const meta = (error as { meta?: { statusCode?: number; body?: unknown } }).meta;
  if (meta?.statusCode !== 400) return undefined;
  const body = typeof meta.body === 'string' ? meta.body : JSON.stringify(meta.body ?? '');
  if (!body.includes('media_type_header_exception')) return undefined;
  // "Accept version must be either version 8 or 7, but found 9."
  const accepted = /must be either version (\d+) or (\d+)/.exec(body);
  if (!accepted) return undefined;
  const version = Math.max(Number(accepted[1]), Number(accepted[2]));
  return version < CLIENT_COMPATIBLE_WITH ? version : undefined;
}

/** Accept and Content-Type for a request at one compatibility version, as the client would send them. */
export function compatibleHeaders(
  params: TransportRequestParams,
  version: number,
): Record<string, string> {
  const json = `application/vnd.elasticsearch+json; compatible-with=${version}`;
  if (params.bulkBody != null) {
    return {
      accept: json,
      'content-type': `application/vnd.elasticsearch+x-ndjson; compatible-with=${version}`,
    };
  }
  if (params.body != null && params.body !== '') return { accept: json, 'content-type': json };
  return { accept: `${json},text/plain`, 'content-type': json };
}

/**
 * A transport class for `new Client({ Transport })`. Every client made from the returned class (children too)
 * shares what was learnt, so only the first request against an 8.x cluster is sent twice.
 */
export function createCompatibleMediaTransport(): typeof SniffingTransport {
  let learnt: number | undefined;

  class CompatibleMediaTransport extends SniffingTransport {
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
      if (learnt === undefined) {
        try {
          return await super.request(params, options);
        } catch (error) {
          const version = acceptedCompatibleVersion(error);
          if (version === undefined) throw error;
          learnt = version; // refused before anything ran: sending again is safe
        }
      }
      return super.request(params, {
        ...options,
        headers: { ...compatibleHeaders(params, learnt), ...options?.headers },
      });
    }
  }
  return CompatibleMediaTransport;
}
