// Turns whatever `http.fetch` rejected with into an ApiError, accepting both error body shapes Kibana uses.
import { ApiErrorBody } from '../../common/api';
import { ApiError } from './api_error';
import type { ApiErrorKind } from './api_error';
import type { HttpFetchErrorLike } from './http_like';

function kindOf(statusCode: number): ApiErrorKind {
  if (statusCode === 0) return 'network';
  if (statusCode === 403) return 'forbidden';
  if (statusCode === 409) return 'conflict';
  return 'http';
}

function bodyOf(raw: unknown, statusCode: number): ApiErrorBody | null {
  const decoded = ApiErrorBody.decode(raw);
  if (decoded._tag === 'Right') return decoded.right;
  // Detection Engine handlers answer `{status_code, message}`, sometimes with `message` as a list.
  if (typeof raw === 'object' && raw !== null && 'message' in raw) {
    const message = (raw as { message: unknown }).message;
    const text = Array.isArray(message) ? message.map(String).join(' ') : String(message);
    return { statusCode, error: '', message: text };
  }
  return null;
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const failure = (typeof error === 'object' && error !== null ? error : {}) as HttpFetchErrorLike;
  const body = bodyOf(failure.body, failure.response?.status ?? 0);
  const statusCode = failure.response?.status ?? body?.statusCode ?? 0;
  const message =
    body?.message ||
    failure.message ||
    (statusCode === 0
      ? 'The server could not be reached.'
      : `Request failed (HTTP ${statusCode}).`);
  return new ApiError(kindOf(statusCode), statusCode, message, body);
}

/** An abort is the caller changing its mind, not a failure to show. */
export function isAbort(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  );
}
