// Transport for the official Elastic client that lets it talk to OpenSearch directly: no product check, plain JSON
// media types, and field_caps `fields` moved from the body to the query string. Test-only.
import { SniffingTransport } from '@elastic/elasticsearch';
import type {
  TransportOptions,
  TransportRequestOptions,
  TransportRequestOptionsWithMeta,
  TransportRequestOptionsWithOutMeta,
  TransportRequestParams,
  TransportResult,
} from '@elastic/elasticsearch';
import { isFieldCapsPath, mergeFieldsParam, splitFieldsFromBody } from './field_caps_fields';
import { PLAIN_MEDIA_TYPES } from './media_types';

export class OpenSearchCompatTransport extends SniffingTransport {
  constructor(opts: TransportOptions) {
    // OpenSearch never sends `x-elastic-product`; an undefined productCheck switches the check off.
    super({ ...opts, productCheck: undefined, vendoredHeaders: { ...PLAIN_MEDIA_TYPES } });
  }

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
  override request(
    params: TransportRequestParams,
    options?: TransportRequestOptions,
  ): Promise<unknown> {
    return super.request(moveFieldCapsFields(params), options);
  }
}

/** Rewrites a field_caps request whose body carries `fields`; any other request is returned unchanged. */
export function moveFieldCapsFields(params: TransportRequestParams): TransportRequestParams {
  if (!isFieldCapsPath(params.path) || params.body == null) {
    return params;
  }
  const body = parseObjectBody(params.body);
  if (body === undefined) {
    return params;
  }
  const { fields, rest } = splitFieldsFromBody(body);
  if (fields === undefined) {
    return params;
  }
  const query = toQueryRecord(params.querystring);
  const existing = typeof query.fields === 'string' ? query.fields : undefined;
  return {
    ...params,
    // Without a body left, GET is the form OpenSearch documents for field_caps.
    method: rest === undefined ? 'GET' : params.method,
    body: rest,
    querystring: { ...query, fields: mergeFieldsParam(existing, fields) },
  };
}

function parseObjectBody(body: unknown): Record<string, unknown> | undefined {
  let value: unknown = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      return undefined;
    }
  }
  if (
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    Buffer.isBuffer(value)
  ) {
    return undefined;
  }
  if (typeof (value as { pipe?: unknown }).pipe === 'function') {
    return undefined; // a stream: leave it alone
  }
  return value as Record<string, unknown>;
}

function toQueryRecord(
  querystring: TransportRequestParams['querystring'],
): Record<string, unknown> {
  if (querystring == null) {
    return {};
  }
  if (typeof querystring === 'string') {
    return Object.fromEntries(new URLSearchParams(querystring));
  }
  return { ...querystring };
}
