// A DetectionEngineClient for the standalone host and the CLI: a Kibana URL and the user's API key or password.
import { authorizationHeader, type Credentials } from '../../standalone/credentials';
import type { Logger } from '../logger';
import type { DetectionEngineClient } from './detection_engine_client';
import type { ExecutionApiMemory } from './execution_api_memory';
import { HttpDetectionEngineClient } from './http_detection_engine_client';
import { createTlsSender, type TlsTrust } from './http_sender';
import { KibanaTransport, type KibanaRequestEvent } from './kibana_transport';
import { spaceBaseUrl } from './space_path';

export const DEFAULT_KIBANA_TIMEOUT_MS = 30_000;

export interface CredentialsClientOptions {
  /** Kibana's URL with its base path, without a space prefix and without credentials. */
  kibanaUrl: string;
  credentials: Credentials;
  spaceId?: string;
  timeoutMs?: number;
  tls?: TlsTrust;
  logger?: Logger;
  onRequest?: (event: KibanaRequestEvent) => void;
  executionApiMemory?: ExecutionApiMemory;
}

export function createDetectionEngineClient(
  options: CredentialsClientOptions,
): DetectionEngineClient {
  const spaceId = options.spaceId ?? 'default';
  const transport = new KibanaTransport({
    baseUrl: spaceBaseUrl(options.kibanaUrl, spaceId),
    authHeaders: { authorization: authorizationHeader(options.credentials) },
    timeoutMs: options.timeoutMs ?? DEFAULT_KIBANA_TIMEOUT_MS,
    sender: options.tls ? createTlsSender(options.tls) : undefined,
    logger: options.logger,
    onRequest: options.onRequest,
  });
  return new HttpDetectionEngineClient({
    transport,
    spaceId,
    executionApiMemory: options.executionApiMemory,
  });
}
