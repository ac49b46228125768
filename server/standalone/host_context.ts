// Builds the services' context for one caller of the standalone host or the CLI: clients that act with exactly
// the caller's `Authorization`, in one space, over shared connection pools.
import { readFileSync } from 'node:fs';
import { Client } from '@elastic/elasticsearch';
import type { RuleDefinition } from '../../common/rule';
import { createDetectionEngineClient } from '../lib/detection_engine/client_from_credentials';
import { createTlsSender, fetchSender } from '../lib/detection_engine/http_sender';
import type { KibanaRequestEvent } from '../lib/detection_engine/kibana_transport';
import type { Logger } from '../lib/logger';
import type { ServiceContext } from '../lib/service_context';
import { createCompatibleMediaTransport } from './compatible_media_transport';

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
    // Elasticsearch 8.x refuses the client's 9.x media types; this learns what the cluster accepts.
    Transport: createCompatibleMediaTransport(),
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
