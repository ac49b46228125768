// Errors services throw on purpose; routes and the CLI turn them into `{statusCode, error, message}` answers.
import type { ApiErrorBody, FieldChange } from '../../common/api';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  // nginx's and Kibana's status for a request whose caller went away before the answer.
  499: 'Client Closed Request',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function reasonPhrase(statusCode: number): string {
  return REASONS[statusCode] ?? 'Error';
}

/** An error with the HTTP status the caller should see. Its message must be safe to show (no secrets). */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly attributes?: ApiErrorBody['attributes'],
  ) {
    super(message);
    this.name = 'HttpError';
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = {
      statusCode: this.statusCode,
      error: reasonPhrase(this.statusCode),
      message: this.message,
    };
    if (this.attributes) body.attributes = this.attributes;
    return body;
  }
}

/** Deploy refused: a user edited managed fields in Kibana and `overwrite` was not given. */
export class DriftError extends HttpError {
  constructor(readonly drift: FieldChange[]) {
    super(
      409,
      `The deployed rule was edited in Kibana (${drift.map((d) => d.field).join(', ')}); ` +
        'deploy again with overwrite to replace those edits with the bundled definition.',
      { drift },
    );
    this.name = 'DriftError';
  }
}

/** Kibana or Elasticsearch answered with an error, failed, or timed out. */
export class UpstreamError extends HttpError {
  constructor(
    statusCode: number,
    message: string,
    /** Which upstream: for messages and logs. */
    readonly upstream: 'kibana' | 'elasticsearch',
  ) {
    super(statusCode, message);
    this.name = 'UpstreamError';
  }
}

/** Anything unexpected becomes a 500 without its stack or details; known errors keep their status. */
export function toErrorBody(error: unknown): ApiErrorBody {
  if (error instanceof HttpError) return error.toBody();
  return { statusCode: 500, error: reasonPhrase(500), message: 'An internal error occurred.' };
}
