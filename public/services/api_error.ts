// The one error type the panel's data layer throws: an HTTP status plus the route's error body when there is one.
import type { ApiErrorBody, FieldChange } from '../../common/api';

export type ApiErrorKind =
  /** 403: the caller lacks the privilege this section needs. */
  | 'forbidden'
  /** 409 from deploy: managed fields were edited in Kibana (see `drift`). */
  | 'conflict'
  /** Any other HTTP error answer. */
  | 'http'
  /** No answer at all (network down, host stopped). */
  | 'network'
  /** An answer that does not match the route contract. */
  | 'invalid_response';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when no answer arrived. */
  readonly statusCode: number;
  readonly body: ApiErrorBody | null;

  constructor(
    kind: ApiErrorKind,
    statusCode: number,
    message: string,
    body: ApiErrorBody | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.statusCode = statusCode;
    this.body = body;
  }

  /** The drifted fields a 409 from deploy carries (empty otherwise). */
  get drift(): FieldChange[] {
    return this.body?.attributes?.drift ?? [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
