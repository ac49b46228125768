// What every service receives from its host (Kibana plugin, standalone host, CLI): clients acting as the
// caller, the rule definition, the space, a logger and a clock. Services never know which host runs them.
// Outside Kibana (standalone host, CLI) the context is built here per caller, from their `Authorization`.
import { readFileSync } from 'node:fs';
import { Client } from '@elastic/elasticsearch';
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

export interface HostContextFactory {
  forAuthorization(authorization: string): ServiceContext;
  close(): Promise<void>;
}

export function createHostContextFactory(
  connection: HostConnection,
  rule: RuleDefinition,
  logger: Logger,
  onKibanaRequest?: (event: KibanaRequestEvent) => void,
): HostContextFactory {
  const ca = connection.caCertificate ? readFileSync(connection.caCertificate, 'utf8') : undefined;
  // One sender (and, with a private CA, one TLS pool) for every caller's Detection Engine client.
  const sender = ca ? createTlsSender({ certificateAuthorities: ca }) : fetchSender;
  // One pool for every caller; each caller gets a child that only adds their own header.
  const elasticsearch = new Client({
    node: connection.elasticsearchUrl,
    requestTimeout: connection.timeoutMs,
    ...(ca ? { tls: { ca } } : {}),
  });

  return {
    forAuthorization(authorization) {
      return {
        // Which execution-history API the cluster offers is learnt once per process (the client's default
        // memory), not per caller.
        detectionEngine: createDetectionEngineClient({
          kibanaUrl: connection.kibanaUrl,
          authorization,
          spaceId: connection.spaceId,
          timeoutMs: connection.timeoutMs,
          sender,
          logger,
          onRequest: onKibanaRequest,
        }),
        elasticsearch: elasticsearch.child({ headers: { authorization } }),
        rule,
        spaceId: connection.spaceId,
        logger,
        now: () => new Date(),
      };
    },
    close: () => elasticsearch.close(),
  };
}
