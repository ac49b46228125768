// Lets a long document stream end early when the stack is asked to stop while it is still loading.

/** Ends the iteration quietly once `signal` is aborted; the caller checks the signal afterwards. */
export function* untilAborted<T>(
  items: Iterable<T>,
  signal: AbortSignal | undefined,
): Generator<T> {
  for (const item of items) {
    if (signal?.aborted) return;
    yield item;
  }
}

/** Whether an error is the stop request itself rather than a failure. */
export function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true && (error === signal.reason || isAbortError(error));
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
