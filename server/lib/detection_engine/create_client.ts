// Builds a DetectionEngineClient for each host: inside Kibana from the incoming request (its `authorization` and
// `cookie` forwarded, at `basePath.get(request)` so the request's space is kept), and for the standalone host and
// the CLI from a Kibana URL and who the client acts as (an API key or password, or an `Authorization` value a
// caller already brought). Either way the client acts exactly as the caller.
import { authorizationHeader, type Credentials } from '../credentials';
import type { Logger } from '../logger';
import type { DetectionEngineClient } from './detection_engine_client';
import { createTlsSender, type HttpSender, type TlsTrust } from './http_sender';
import { KibanaTransport, type KibanaRequestEvent } from './kibana_transport';
import { type ExecutionApiCache, HttpDetectionEngineClient } from './http_detection_engine_client';

export const DEFAULT_KIBANA_TIMEOUT_MS = 30_000;

// --- Kibana's URL of a space ---

// Kibana addresses a space by a path prefix: none for `default`, `/s/<id>` for any other.

const SPACE_ID = /^[a-z0-9_-]+$/;

export function spacePathPrefix(spaceId: string): string {
  if (!SPACE_ID.test(spaceId)) throw new Error(`Not a Kibana space id: ${JSON.stringify(spaceId)}`);
  return spaceId === 'default' ? '' : `/s/${spaceId}`;
}

export function spaceBaseUrl(kibanaUrl: string, spaceId: string): string {
  return kibanaUrl.replace(/\/+$/, '') + spacePathPrefix(spaceId);
}

// --- From stored credentials or a caller's Authorization (standalone host, CLI) ---

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
  executionApiCache?: ExecutionApiCache;
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
    executionApiCache: options.executionApiCache,
  });
}

// --- From a request inside Kibana ---

/** The few request fields used: only the headers. */
export interface IncomingKibanaRequest {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** The slice of Kibana's `core.http` used to find Kibana's own URL. */
export interface KibanaHttpInfo<R extends IncomingKibanaRequest = IncomingKibanaRequest> {
  basePath: { get(request: R): string; serverBasePath: string };
  getServerInfo(): { protocol: string; hostname: string; port: number };
}

/** Plugin settings: where Kibana reaches itself when its bind address is not usable, and whom to trust. */
export interface KibanaSelfConnection {
  /** E.g. `https://kibana.internal:5601` plus Kibana's `server.basePath` if it has one. */
  url?: string;
  tls?: TlsTrust;
  timeoutMs?: number;
}

export interface RequestClientOptions<R extends IncomingKibanaRequest> {
  request: R;
  http: KibanaHttpInfo<R>;
  spaceId: string;
  connection?: KibanaSelfConnection;
  logger?: Logger;
  onRequest?: (event: KibanaRequestEvent) => void;
  executionApiCache?: ExecutionApiCache;
}

const FORWARDED = ['authorization', 'cookie'] as const;

/** The caller's credentials exactly as they arrived; nothing else of the request is forwarded. */
export function forwardedAuthHeaders(request: IncomingKibanaRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED) {
    const value = request.headers[name];
    if (value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(name === 'cookie' ? '; ' : ', ') : value;
  }
  return headers;
}

/** Kibana's URL for this request: its own address (or the configured one) plus base path and space. */
export function kibanaUrlForRequest<R extends IncomingKibanaRequest>(
  request: R,
  http: KibanaHttpInfo<R>,
  configuredUrl?: string,
): string {
  const requestBasePath = http.basePath.get(request);
  if (configuredUrl) {
    // The configured URL already holds the server base path: add only the space part.
    const server = http.basePath.serverBasePath;
    const spacePart = requestBasePath.startsWith(server)
      ? requestBasePath.slice(server.length)
      : requestBasePath;
    return configuredUrl.replace(/\/+$/, '') + spacePart;
  }
  const info = http.getServerInfo();
  if (info.protocol !== 'http' && info.protocol !== 'https') {
    throw new Error(
      `Kibana listens on a ${info.protocol}; configure the URL Kibana is reachable at`,
    );
  }
  // A wildcard bind address is not a destination; Kibana is on this host.
  const host = info.hostname === '0.0.0.0' || info.hostname === '::' ? '127.0.0.1' : info.hostname;
  const hostPart = host.includes(':') ? `[${host}]` : host;
  return `${info.protocol}://${hostPart}:${info.port}${requestBasePath}`;
}

export function createDetectionEngineClientForRequest<R extends IncomingKibanaRequest>(
  options: RequestClientOptions<R>,
): DetectionEngineClient {
  const connection = options.connection ?? {};
  const transport = new KibanaTransport({
    baseUrl: kibanaUrlForRequest(options.request, options.http, connection.url),
    authHeaders: forwardedAuthHeaders(options.request),
    timeoutMs: connection.timeoutMs ?? DEFAULT_KIBANA_TIMEOUT_MS,
    sender: connection.tls ? createTlsSender(connection.tls) : undefined,
    logger: options.logger,
    onRequest: options.onRequest,
  });
  return new HttpDetectionEngineClient({
    transport,
    spaceId: options.spaceId,
    executionApiCache: options.executionApiCache,
  });
}
