// A DetectionEngineClient for the standalone host and the CLI: a Kibana URL and who the client acts as, either
// the user's API key or password, or an `Authorization` value a caller already brought.
import { authorizationHeader, type Credentials } from '../../standalone/credentials';
import type { Logger } from '../logger';
import type { DetectionEngineClient } from './detection_engine_client';
import type { ExecutionApiMemory } from './execution_api_memory';
import { HttpDetectionEngineClient } from './http_detection_engine_client';
import { createTlsSender, type HttpSender, type TlsTrust } from './http_sender';
import { KibanaTransport, type KibanaRequestEvent } from './kibana_transport';
import { spaceBaseUrl } from './space_path';

export const DEFAULT_KIBANA_TIMEOUT_MS = 30_000;

/** Who the client acts as: exactly one of stored credentials or a ready `Authorization` header value. */
export type ClientIdentity =
  | { credentials: Credentials; authorization?: never }
  | { authorization: string; credentials?: never };

/** How requests leave: a TLS trust to build the sender from, or a sender a host already built and shares. */
export type ClientSending =
  { tls?: TlsTrust; sender?: never } | { sender: HttpSender; tls?: never };

/** Where the client goes and how it reports, whoever it acts as. */
export interface ClientConnectionOptions {
  /** Kibana's URL with its base path, without a space prefix and without credentials. */
  kibanaUrl: string;
  spaceId?: string;
  timeoutMs?: number;
  logger?: Logger;
  onRequest?: (event: KibanaRequestEvent) => void;
  executionApiMemory?: ExecutionApiMemory;
}

export type CredentialsClientOptions = ClientConnectionOptions & ClientIdentity & ClientSending;

function authorizationOf(identity: ClientIdentity): string {
  return identity.authorization !== undefined
    ? identity.authorization
    : authorizationHeader(identity.credentials);
}

function senderOf(sending: ClientSending): HttpSender | undefined {
  if (sending.sender !== undefined) return sending.sender;
  return sending.tls ? createTlsSender(sending.tls) : undefined;
}

export function createDetectionEngineClient(
  options: CredentialsClientOptions,
): DetectionEngineClient {
  const spaceId = options.spaceId ?? 'default';
  const transport = new KibanaTransport({
    baseUrl: spaceBaseUrl(options.kibanaUrl, spaceId),
    authHeaders: { authorization: authorizationOf(options) },
    timeoutMs: options.timeoutMs ?? DEFAULT_KIBANA_TIMEOUT_MS,
    sender: senderOf(options),
    logger: options.logger,
    onRequest: options.onRequest,
  });
  return new HttpDetectionEngineClient({
    transport,
    spaceId,
    executionApiMemory: options.executionApiMemory,
  });
}
