// The panel's client of the plugin's routes: one method per route over the host's `http`, each answer decoded with
// the route's io-ts codec, and every failure turned into the one error type the panel shows (ApiError).
import {
  AlertContextResponse,
  AlertPivotResponse,
  AlertsResponse,
  TriageResponse,
  ApiErrorBody,
  BacktestResponse,
  ExceptionsResponse,
  DeployResponse,
  EnableResponse,
  GuideResponse,
  NotificationsResponse,
  ReadinessResponse,
  ROUTES,
  StatusResponse,
} from '../../common/api';
import type {
  AlertsRange,
  DeployRequest,
  EnableRequest,
  FieldChange,
  PivotId,
  TriageRequest,
  NotifyRequest,
  AddExceptionRequest,
  BacktestRequest,
} from '../../common/api';
import { API_VERSION } from '../../common/constants';
import type * as t from 'io-ts';

// --- The host's http: the slice of Kibana's `core.http` the panel needs; the standalone host provides the same shape.

export interface HttpRequestOptions {
  method: 'GET' | 'POST';
  query?: Record<string, string>;
  /** JSON text: Kibana's fetch sends a string body untouched. */
  body?: string;
  /** Version of our versioned route, sent as `elastic-api-version`. */
  version: string;
  signal?: AbortSignal;
}

export interface HttpLike {
  fetch<T = unknown>(path: string, options: HttpRequestOptions): Promise<T>;
}

/** How `fetch` rejects (Kibana's IHttpFetchError): the answer, if any, and its parsed body. */
export interface HttpFetchErrorLike {
  name?: string;
  message?: string;
  response?: { status: number };
  body?: unknown;
}

// --- Errors: an HTTP status plus the route's error body when there is one.

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

/** Turns whatever `http.fetch` rejected with into an ApiError, accepting both error body shapes Kibana uses. */
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

// --- Decoding: a contract break shows as an error, not as a broken panel.

/** At most this many mismatches are named in the message; the rest only add noise. */
const MAX_REPORTED = 3;

function describePath(error: t.ValidationError): string {
  const path = error.context
    .map((entry) => entry.key)
    .filter((key) => key !== '')
    .join('.');
  return path === '' ? '(root)' : path;
}

function decodeResponse<A, O>(codec: t.Type<A, O, unknown>, value: unknown, route: string): A {
  const result = codec.decode(value);
  // io-ts answers an Either; reading its tag avoids shipping fp-ts helpers to the browser.
  if (result._tag === 'Right') return result.right;
  const paths = [...new Set(result.left.map(describePath))];
  const named = paths.slice(0, MAX_REPORTED).join(', ');
  const more = paths.length > MAX_REPORTED ? ` and ${paths.length - MAX_REPORTED} more` : '';
  throw new ApiError(
    'invalid_response',
    200,
    `Unexpected answer from ${route}: check ${named}${more}.`,
  );
}

// --- The client.

export interface ApiClient {
  getStatus(signal?: AbortSignal): Promise<StatusResponse>;
  getReadiness(signal?: AbortSignal): Promise<ReadinessResponse>;
  getAlerts(range: AlertsRange, signal?: AbortSignal): Promise<AlertsResponse>;
  getGuide(signal?: AbortSignal): Promise<GuideResponse>;
  deploy(request: DeployRequest): Promise<DeployResponse>;
  enable(request: EnableRequest): Promise<EnableResponse>;
  setAlertStatus(request: TriageRequest): Promise<TriageResponse>;
  getAlertContext(id: string, signal?: AbortSignal): Promise<AlertContextResponse>;
  runAlertPivot(id: string, pivot: PivotId, signal?: AbortSignal): Promise<AlertPivotResponse>;
  getNotifications(signal?: AbortSignal): Promise<NotificationsResponse>;
  notify(request: NotifyRequest): Promise<NotificationsResponse>;
  backtest(request: BacktestRequest, signal?: AbortSignal): Promise<BacktestResponse>;
  getExceptions(signal?: AbortSignal): Promise<ExceptionsResponse>;
  addException(request: AddExceptionRequest): Promise<ExceptionsResponse>;
  removeException(id: string): Promise<ExceptionsResponse>;
}

export function createApiClient(http: HttpLike): ApiClient {
  async function call<A, O>(
    codec: t.Type<A, O, unknown>,
    path: string,
    options: Omit<HttpRequestOptions, 'version'>,
  ): Promise<A> {
    let answer: unknown;
    try {
      answer = await http.fetch<unknown>(path, { ...options, version: API_VERSION });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw toApiError(error);
    }
    return decodeResponse(codec, answer, path);
  }

  return {
    getStatus: (signal) => call(StatusResponse, ROUTES.status, { method: 'GET', signal }),
    getReadiness: (signal) => call(ReadinessResponse, ROUTES.readiness, { method: 'GET', signal }),
    getAlerts: (range, signal) =>
      call(AlertsResponse, ROUTES.alerts, { method: 'GET', query: { range }, signal }),
    getGuide: (signal) => call(GuideResponse, ROUTES.guide, { method: 'GET', signal }),
    deploy: (request) =>
      call(DeployResponse, ROUTES.deploy, { method: 'POST', body: JSON.stringify(request) }),
    enable: (request) =>
      call(EnableResponse, ROUTES.enable, { method: 'POST', body: JSON.stringify(request) }),
    setAlertStatus: (request) =>
      call(TriageResponse, ROUTES.alertStatus, { method: 'POST', body: JSON.stringify(request) }),
    getAlertContext: (id, signal) =>
      call(AlertContextResponse, ROUTES.alertContext, { method: 'GET', query: { id }, signal }),
    runAlertPivot: (id, pivot, signal) =>
      call(AlertPivotResponse, ROUTES.alertPivot, {
        method: 'GET',
        query: { id, pivot },
        signal,
      }),
    getNotifications: (signal) =>
      call(NotificationsResponse, ROUTES.notifications, { method: 'GET', signal }),
    notify: (request) =>
      call(NotificationsResponse, ROUTES.notify, { method: 'POST', body: JSON.stringify(request) }),
    backtest: (request, signal) =>
      call(BacktestResponse, ROUTES.backtest, {
        method: 'POST',
        body: JSON.stringify(request),
        signal,
      }),
    getExceptions: (signal) =>
      call(ExceptionsResponse, ROUTES.exceptions, { method: 'GET', signal }),
    addException: (request) =>
      call(ExceptionsResponse, ROUTES.exceptionsAdd, {
        method: 'POST',
        body: JSON.stringify(request),
      }),
    removeException: (id) =>
      call(ExceptionsResponse, ROUTES.exceptionsRemove, {
        method: 'POST',
        body: JSON.stringify({ id }),
      }),
  };
}
