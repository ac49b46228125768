// Kibana's two error bodies: core's `{statusCode, error, message}` (validation, 401, 403, routing, versions)
// and the Detection Engine's `{status_code, message}` (its own handlers; `message` may be a list).

export interface PlatformErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

export interface SiemErrorBody {
  status_code: number;
  message: string | string[];
}

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
};

/**
 * An answer Kibana gives instead of running the handler. `contractViolation` marks requests Kibana would
 * reject as malformed (headers, versions, schema): the emulator records those so tests can fail on them.
 */
export class KibanaHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: PlatformErrorBody | SiemErrorBody,
    readonly contractViolation = false,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(Array.isArray(body.message) ? body.message.join(', ') : body.message);
  }
}

export function platformError(
  status: number,
  message: string,
  options: { contractViolation?: boolean; headers?: Record<string, string> } = {},
): KibanaHttpError {
  const body: PlatformErrorBody = {
    statusCode: status,
    error: REASONS[status] ?? 'Error',
    message,
  };
  return new KibanaHttpError(status, body, options.contractViolation ?? false, options.headers);
}

export function siemError(
  status: number,
  message: string | string[],
  contractViolation = false,
): KibanaHttpError {
  return new KibanaHttpError(status, { status_code: status, message }, contractViolation);
}
