// Test fixture: a ServiceContext over the in-memory Detection Engine and the bundled rule.
import type { Client } from '@elastic/elasticsearch';
import { loadRuleDefinition } from '../../../server/lib/rule';
import { BUNDLED_TOML } from '../bundled_rule_text';
import type { DetectionEngineClient } from '../../../server/lib/detection_engine/detection_engine_client';
import { silentLogger } from '../../../server/lib/logger';
import type { ServiceContext } from '../../../server/lib/service_context';

export const NOW = new Date('2026-03-01T12:00:00.000Z');
export const BUNDLED = loadRuleDefinition(BUNDLED_TOML);

export function serviceContext(detectionEngine: DetectionEngineClient): ServiceContext {
  return {
    detectionEngine,
    // These services never touch the logs indices.
    elasticsearch: {} as Client,
    rule: BUNDLED,
    spaceId: detectionEngine.spaceId,
    logger: silentLogger,
    now: () => NOW,
  };
}
