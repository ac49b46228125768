// Test fixture: an Elasticsearch client ResponseError with a given status and body.
import { errors } from '@elastic/elasticsearch';

export function responseError(statusCode: number, reason: string): errors.ResponseError {
  const meta = {
    body: { error: { type: 'security_exception', reason }, status: statusCode },
    statusCode,
    headers: {},
    warnings: null,
    meta: {
      context: null,
      name: 'test',
      request: { params: { method: 'GET', path: '/' }, options: {}, id: 1 },
      connection: null,
      attempts: 0,
      aborted: false,
    },
  };
  return new errors.ResponseError(meta as ConstructorParameters<typeof errors.ResponseError>[0]);
}
