// What every service receives from its host (Kibana plugin, standalone host, CLI): clients acting as the
// caller, the rule definition, the space, a logger and a clock. Services never know which host runs them.
// Outside Kibana (standalone host, CLI) the context is built here per caller, from their `Authorization`.
import { readFileSync } from 'node:fs';
import { Client } from '@elastic/elasticsearch';
import { withBusyRetries } from './busy_retry_transport';
import { createCompatibleMediaTransport } from './compatible_media_transport';
import { createDetectionEngineClient } from './detection_engine/create_client';
import type { DetectionEngineClient } from './detection_engine/detection_engine_client';
import { createTlsSender, fetchSender } from './detection_engine/http_sender';
import type { KibanaRequestEvent } from './detection_engine/kibana_transport';
import type { Logger } from './logger';
import type { RuleDefinition } from './rule';

/** The official client, as Kibana hands it out (`asCurrentUser` lacks the lifecycle members). */
export type ElasticsearchClient = Omit<
  Client,
  'connectionPool' | 'serializer' | 'extend' | 'close' | 'diagnostic' | 'child'
>;

export interface ServiceContext {
  /** Kibana's Detection Engine API, as the caller, in `spaceId`. */
  detectionEngine: DetectionEngineClient;
  /** Elasticsearch as the caller, for the logs indices only (alerts go through the Detection Engine). */
  elasticsearch: ElasticsearchClient;
  /** The bundled rule everything is derived from. */
  rule: RuleDefinition;
  spaceId: string;
  logger: Logger;
  now: () => Date;
  /**
   * Aborted when the caller goes away (the host fills it from the request), so long services stop their
   * upstream calls instead of working for nobody.
   */
  signal?: AbortSignal;
}

/** Where the standalone host and the CLI reach the cluster; every caller shares the connection pools. */
export interface HostConnection {
  elasticsearchUrl: string;
  kibanaUrl: string;
  spaceId: string;
  timeoutMs: number;
  /** PEM file of a CA to trust for both URLs. */
  caCertificate?: string;
}

/**
 * A command that talks to only one of the two leaves the other URL out; a service that reaches for the missing
 * client is a programming error and says so.
 */
export type PartialHostConnection = Omit<HostConnection, 'elasticsearchUrl' | 'kibanaUrl'> &
  Partial<Pick<HostConnection, 'elasticsearchUrl' | 'kibanaUrl'>>;

export interface HostContextFactory {
  /** `signal`: aborted when this caller goes away. */
  forAuthorization(authorization: string, signal?: AbortSignal): ServiceContext;
  close(): Promise<void>;
}

function unconfigured<T extends object>(what: string): T {
  return new Proxy({} as T, {
    get(_target, property) {
      if (property === 'then') return undefined;
      throw new Error(`No ${what} URL is configured, yet ${String(property)} was called on it`);
    },
  });
}

/** One debug line per Elasticsearch request once it is answered or failed: method, path, status, time. */
function logElasticsearchRequests(client: Client, logger: Logger): void {
  client.diagnostic.on('response', (_error, result) => {
    if (!result) return;
    const { method, path } = result.meta.request.params;
    const duration =
      result.meta.duration === undefined ? '' : ` (${Math.round(result.meta.duration)} ms)`;
    logger.debug(
      `Elasticsearch ${method} ${path} → ${result.statusCode ?? 'no answer'}${duration}`,
    );
  });
}

export function createHostContextFactory(
  connection: PartialHostConnection,
  rule: RuleDefinition,
  logger: Logger,
  onKibanaRequest?: (event: KibanaRequestEvent) => void,
): HostContextFactory {
  const ca = connection.caCertificate ? readFileSync(connection.caCertificate, 'utf8') : undefined;
  // One sender (and, with a private CA, one TLS pool) for every caller's Detection Engine client.
  const sender = ca ? createTlsSender({ certificateAuthorities: ca }) : fetchSender;
  // One pool for every caller; each caller gets a child that only adds their own header (children share the
  // parent's diagnostic events, so one listener logs every caller's requests).
  const elasticsearch = connection.elasticsearchUrl
    ? new Client({
        node: connection.elasticsearchUrl,
        // Elasticsearch 8.x refuses the client's 9.x media types; this learns what the cluster accepts. A read
        // that meets 429 is sent again after the wait it asks for (within a bound).
        Transport: withBusyRetries(createCompatibleMediaTransport()),
        requestTimeout: connection.timeoutMs,
        // Every call of ours is a read: the client sends it once more on a lost connection (after 1–2 s) or a
        // 502/503/504, so a dead cluster is reported within a few seconds instead of after three back-offs.
        maxRetries: 1,
        ...(ca ? { tls: { ca } } : {}),
      })
    : undefined;
  if (elasticsearch) logElasticsearchRequests(elasticsearch, logger);
  const { kibanaUrl } = connection;

  return {
    forAuthorization(authorization, signal) {
      return {
        // Which execution-history API the cluster offers is learnt once per process (the client's default
        // memory), not per caller.
        detectionEngine: kibanaUrl
          ? createDetectionEngineClient({
              kibanaUrl,
              authorization,
              spaceId: connection.spaceId,
              timeoutMs: connection.timeoutMs,
              sender,
              logger,
              onRequest: onKibanaRequest,
            })
          : unconfigured<DetectionEngineClient>('Kibana'),
        elasticsearch: elasticsearch
          ? elasticsearch.child({ headers: { authorization } })
          : unconfigured<ElasticsearchClient>('Elasticsearch'),
        rule,
        spaceId: connection.spaceId,
        logger,
        now: () => new Date(),
        ...(signal ? { signal } : {}),
      };
    },
    close: async () => {
      await elasticsearch?.close();
    },
  };
}
