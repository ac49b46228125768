// Kibana's answers and failures as errors the caller can see: the caller's own 401/403 pass through, 404 and
// 409 are kept for services to act on, everything else becomes a gateway error (502/503/504).
import { UpstreamError } from '../errors';

export class KibanaApiError extends UpstreamError {
  constructor(
    statusCode: number,
    message: string,
    /** What Kibana answered (null when it never answered). */
    readonly upstreamStatus: number | null,
    /** Kibana's parsed error body, for services that need its details (never shown as is). */
    readonly upstreamBody: unknown = undefined,
  ) {
    super(statusCode, message, 'kibana');
    this.name = 'KibanaApiError';
  }
}

/** The message of either error shape: core's `{statusCode, error, message}` or `{status_code, message}`. */
export function kibanaErrorMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { message, error } = body as { message?: unknown; error?: unknown };
  if (typeof message === 'string' && message.length > 0) return message;
  if (Array.isArray(message)) return message.filter((m) => typeof m === 'string').join('; ');
  return typeof error === 'string' ? error : undefined;
}

/** Hapi's answer for a path/method Kibana does not have (as opposed to a handler saying "rule not found"). */
export function isRouteNotFound(error: unknown): boolean {
  if (!(error instanceof KibanaApiError)) return false;
  if (error.upstreamStatus === 405) return true;
  if (error.upstreamStatus !== 404) return false;
  const body = error.upstreamBody as { statusCode?: unknown; message?: unknown } | undefined;
  return body?.statusCode === 404 && body.message === 'Not Found';
}

const PASSED_THROUGH = new Set([401, 403, 404, 409]);

export function errorFromKibanaAnswer(
  status: number,
  body: unknown,
  operation: string,
): KibanaApiError {
  const detail = kibanaErrorMessage(body) ?? `HTTP ${status}`;
  if (PASSED_THROUGH.has(status)) {
    const lead = status === 401 ? 'Kibana did not accept the credentials' : 'Kibana';
    return new KibanaApiError(status, `${lead} (${operation}): ${detail}`, status, body);
  }
  // A busy Kibana (429) is unavailable for now, like a 503: the caller may try again later.
  const gateway = status === 503 || status === 504 ? status : status === 429 ? 503 : 502;
  return new KibanaApiError(
    gateway,
    `Kibana answered ${status} to ${operation}: ${detail}`,
    status,
    body,
  );
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

/** The network error's code (`ECONNREFUSED`, `UND_ERR_SOCKET`…), looked for along its causes. */
export function networkErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A request that got no answer. Only the origin is named: URLs never carry credentials here. */
export function errorFromNetworkFailure(
  error: unknown,
  origin: string,
  operation: string,
  timedOut: boolean,
  timeoutMs: number,
): KibanaApiError {
  if (timedOut) {
    return new KibanaApiError(
      504,
      `Kibana at ${origin} did not answer ${operation} within ${Math.round(timeoutMs / 1000)} s`,
      null,
    );
  }
  const code = networkErrorCode(error) ?? 'unknown error';
  if (UNREACHABLE.has(code)) {
    return new KibanaApiError(503, `Kibana at ${origin} is not reachable (${code})`, null);
  }
  return new KibanaApiError(502, `Could not reach Kibana at ${origin} (${code})`, null);
}
