// What every service receives from its host (Kibana plugin, standalone host, CLI): clients acting as the
// caller, the rule definition, the space, a logger and a clock. Services never know which host runs them.
import type { Client } from '@elastic/elasticsearch';
import type { RuleDefinition } from './rule';
import type { DetectionEngineClient } from './detection_engine/detection_engine_client';
import type { Logger } from './logger';

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
