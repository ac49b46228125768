// Classifies failures of Elasticsearch calls: privilege gaps become findings, the rest an upstream error.
import { errors } from '@elastic/elasticsearch';
import { UpstreamError } from '../errors';

export function statusOf(error: unknown): number | undefined {
  return error instanceof errors.ResponseError ? error.statusCode : undefined;
}

/** Elasticsearch's own reason for a failed search, when it gave one. */
export function reasonOf(error: unknown): string {
  if (error instanceof errors.ResponseError) {
    const body: unknown = error.body;
    const reason = (body as { error?: { reason?: unknown } } | undefined)?.error?.reason;
    if (typeof reason === 'string') return reason;
  }
  return error instanceof Error ? error.message : String(error);
}

/** For errors the caller must see as a whole-request failure (unreachable cluster, bad credentials). */
export function toUpstreamError(error: unknown, what: string): UpstreamError {
  const status = statusOf(error);
  if (status === 401) {
    return new UpstreamError(
      401,
      `Elasticsearch rejected the credentials while ${what}.`,
      'elasticsearch',
    );
  }
  if (error instanceof errors.TimeoutError) {
    return new UpstreamError(
      504,
      `Elasticsearch did not answer in time while ${what}.`,
      'elasticsearch',
    );
  }
  return new UpstreamError(
    502,
    `Elasticsearch failed while ${what}: ${reasonOf(error)}`,
    'elasticsearch',
  );
}
