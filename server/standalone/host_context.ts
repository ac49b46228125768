// Builds the services' context for one caller of the standalone host or the CLI: clients that act with exactly
// the caller's `Authorization`, in one space, over shared connection pools.
import { readFileSync } from 'node:fs';
import { Client } from '@elastic/elasticsearch';
import type { RuleDefinition } from '../../common/rule';
import type { DetectionEngineClient } from '../lib/detection_engine/detection_engine_client';
import { ExecutionApiMemory } from '../lib/detection_engine/execution_api_memory';
import { HttpDetectionEngineClient } from '../lib/detection_engine/http_detection_engine_client';
import { createTlsSender, type TlsTrust } from '../lib/detection_engine/http_sender';
import { KibanaTransport, type KibanaRequestEvent } from '../lib/detection_engine/kibana_transport';
import { spaceBaseUrl } from '../lib/detection_engine/space_path';
import type { Logger } from '../lib/logger';
import type { ServiceContext } from '../lib/service_context';

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
  const trust: TlsTrust | undefined = ca ? { certificateAuthorities: ca } : undefined;
  const sender = trust ? createTlsSender(trust) : undefined;
  // One pool for every caller; each caller gets a child that only adds their own header.
  const elasticsearch = new Client({
    node: connection.elasticsearchUrl,
    requestTimeout: connection.timeoutMs,
    ...(ca ? { tls: { ca } } : {}),
  });
  // Which execution-history API the cluster offers is learnt once, not per caller.
  const executionApiMemory = new ExecutionApiMemory();
  const baseUrl = spaceBaseUrl(connection.kibanaUrl, connection.spaceId);

  return {
    forAuthorization(authorization) {
      const detectionEngine: DetectionEngineClient = new HttpDetectionEngineClient({
        transport: new KibanaTransport({
          baseUrl,
          authHeaders: { authorization },
          timeoutMs: connection.timeoutMs,
          sender,
          logger,
          onRequest: onKibanaRequest,
        }),
        spaceId: connection.spaceId,
        executionApiMemory,
      });
      return {
        detectionEngine,
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
