// The context every service receives, as a demo user calling the Detection Engine emulator: what a host
// would hand the services, built from the emulator's URL and the test engine's client.
import type { Client } from '@elastic/elasticsearch';
import type { RuleDefinition } from '../../../server/lib/rule';
import { createDetectionEngineClient } from '../../../server/lib/detection_engine/create_client';
import { silentLogger } from '../../../server/lib/logger';
import type { ServiceContext } from '../../../server/lib/service_context';
import { DEMO_PASSWORD } from '../../stack/kibana';
import type { ExecutionApiCache } from '../../../server/lib/detection_engine/http_detection_engine_client';

export interface EmulatorCaller {
  kibanaUrl: string;
  elasticsearch: Client;
  rule: RuleDefinition;
  spaceId: string;
  /** A demo user (default `elastic`); all share the demo password. */
  username?: string;
  /** Default: the wall clock. */
  now?: () => Date;
  /** Which execution-results API the emulator has, remembered across clients of one emulator. */
  executionApiCache?: ExecutionApiCache;
}

export function emulatorServiceContext(caller: EmulatorCaller): ServiceContext {
  return {
    detectionEngine: createDetectionEngineClient({
      kibanaUrl: caller.kibanaUrl,
      credentials: { username: caller.username ?? 'elastic', password: DEMO_PASSWORD },
      spaceId: caller.spaceId,
      executionApiCache: caller.executionApiCache,
    }),
    elasticsearch: caller.elasticsearch,
    rule: caller.rule,
    spaceId: caller.spaceId,
    logger: silentLogger,
    now: caller.now ?? (() => new Date()),
  };
}
