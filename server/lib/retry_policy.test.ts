import { MAX_ATTEMPTS, MAX_RETRY_WAIT_MS, retryAfterMs, retryDelay } from './retry_policy';

describe('retry policy', () => {
  it('retries a busy read, honouring Retry-After within the bound', () => {
    expect(retryDelay({ kind: 'status', status: 429, retryAfter: '1' }, 1, true)).toBe(1_000);
    expect(retryDelay({ kind: 'status', status: 503 }, 1, true)).toBe(100);
    expect(retryDelay({ kind: 'status', status: 503 }, 2, true)).toBe(200);
    const tooLong = String(MAX_RETRY_WAIT_MS / 1000 + 1);
    expect(
      retryDelay({ kind: 'status', status: 429, retryAfter: tooLong }, 1, true),
    ).toBeUndefined();
  });

  it('never retries a write that may have happened, nor other statuses, nor past the last attempt', () => {
    expect(retryDelay({ kind: 'status', status: 503 }, 1, false)).toBeUndefined();
    expect(retryDelay({ kind: 'network', code: 'UND_ERR_SOCKET' }, 1, false)).toBeUndefined();
    expect(retryDelay({ kind: 'status', status: 500 }, 1, true)).toBeUndefined();
    expect(retryDelay({ kind: 'status', status: 429 }, MAX_ATTEMPTS, true)).toBeUndefined();
  });

  it('retries a refused connection even for a write: nothing was sent', () => {
    expect(retryDelay({ kind: 'network', code: 'ECONNREFUSED' }, 1, false)).toBe(100);
    expect(retryDelay({ kind: 'network', code: 'UND_ERR_SOCKET' }, 1, true)).toBe(100);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('2')).toBe(2_000);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:05 GMT', Date.parse('2026-01-01T00:00:00Z'))).toBe(
      5_000,
    );
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });
});
