// The time filter the detection engine applies: the override field, falling back to `@timestamp` where it is absent.
import type { estypes } from '@elastic/elasticsearch';
import { buildTimeRangeFilter, ruleTimestampFields } from '../kql';
import type { ReadinessPlan } from './readiness_plan';

export interface TimeRange {
  gte: Date;
  lt: Date;
}

/** Kibana's own filter for the rule's time fields, so counts match what the rule would see. */
export function ruleTimeFilter(
  plan: ReadinessPlan,
  window: TimeRange,
): estypes.QueryDslQueryContainer {
  const fields = ruleTimestampFields({
    timestampOverride: plan.timestampOverride ?? undefined,
    timestampOverrideFallbackDisabled: !plan.timestampFallback,
  });
  // Inclusive bounds as the engine writes them; one millisecond off the end keeps adjacent days apart.
  const filter = buildTimeRangeFilter({
    from: window.gte.toISOString(),
    to: new Date(window.lt.getTime() - 1).toISOString(),
    timestampField: fields.primary,
    secondaryTimestampField: fields.secondary,
  });
  return filter as estypes.QueryDslQueryContainer;
}
