// When an upstream call may be sent again: a read after a busy answer (429, 503) or a lost connection, and any
// call whose connection was refused (nothing was sent). A write that may have reached the upstream never is.
// Waits honour `Retry-After` up to a bound, so a retried call still ends in bounded time.

/** Attempts per call, the first included. */
export const MAX_ATTEMPTS = 3;
/** A `Retry-After` longer than this is not waited for: the caller gets the busy answer instead. */
export const MAX_RETRY_WAIT_MS = 2_000;
const BASE_BACKOFF_MS = 100;

/** What went wrong with one attempt: the upstream's status, or the network error's code. */
export type AttemptFailure =
  { kind: 'status'; status: number; retryAfter?: string } | { kind: 'network'; code: string };

/** Codes of a connection that never carried the request. */
const NOT_SENT = new Set(['ECONNREFUSED']);
/** Codes of a connection lost while the request or its answer was under way. */
const LOST = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(
  value: string | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Milliseconds to wait before attempt `attempt + 1`, or undefined when the call must not be sent again.
 * `idempotent`: sending it twice has the effect of sending it once (reads).
 */
export function retryDelay(
  failure: AttemptFailure,
  attempt: number,
  idempotent: boolean,
): number | undefined {
  if (attempt >= MAX_ATTEMPTS) return undefined;
  const backoff = BASE_BACKOFF_MS * 2 ** (attempt - 1);
  if (failure.kind === 'network') {
    if (NOT_SENT.has(failure.code)) return backoff;
    return idempotent && LOST.has(failure.code) ? backoff : undefined;
  }
  if (!idempotent || (failure.status !== 429 && failure.status !== 503)) return undefined;
  const asked = retryAfterMs(failure.retryAfter);
  if (asked === undefined) return backoff;
  return asked <= MAX_RETRY_WAIT_MS ? asked : undefined;
}
