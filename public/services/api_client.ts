// The panel's only way to the server: one method per route, each answer decoded with the route's io-ts codec.
import {
  AlertsResponse,
  DeployResponse,
  EnableResponse,
  GuideResponse,
  ReadinessResponse,
  ROUTES,
  StatusResponse,
} from '../../common/api';
import type { AlertsRange, DeployRequest, EnableRequest } from '../../common/api';
import { API_VERSION } from '../../common/constants';
import { decodeResponse } from './decode_response';
import type { HttpLike, HttpRequestOptions } from './http_like';
import { isAbort, toApiError } from './to_api_error';
import type * as t from 'io-ts';

export interface ApiClient {
  getStatus(signal?: AbortSignal): Promise<StatusResponse>;
  getReadiness(signal?: AbortSignal): Promise<ReadinessResponse>;
  getAlerts(range: AlertsRange, signal?: AbortSignal): Promise<AlertsResponse>;
  getGuide(signal?: AbortSignal): Promise<GuideResponse>;
  deploy(request: DeployRequest): Promise<DeployResponse>;
  enable(request: EnableRequest): Promise<EnableResponse>;
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
  };
}
