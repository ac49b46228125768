// The time filter the detection engine applies: the override field, falling back to `@timestamp` where it is absent.
import type { estypes } from '@elastic/elasticsearch';
import { EVENT_TIME_FIELD, type ReadinessPlan } from './readiness_plan';

export interface TimeRange {
  gte: Date;
  lt: Date;
}

function range(field: string, window: TimeRange): estypes.QueryDslQueryContainer {
  return {
    range: {
      [field]: {
        gte: window.gte.toISOString(),
        lt: window.lt.toISOString(),
        format: 'strict_date_optional_time',
      },
    },
  };
}

/** Same shape as Kibana's filter for rules with a timestamp override, so counts match what the rule would see. */
export function ruleTimeFilter(
  plan: ReadinessPlan,
  window: TimeRange,
): estypes.QueryDslQueryContainer {
  const override = plan.timestampOverride;
  if (!override) return range(EVENT_TIME_FIELD, window);
  if (!plan.timestampFallback) return range(override, window);
  return {
    bool: {
      minimum_should_match: 1,
      should: [
        range(override, window),
        {
          bool: {
            filter: [range(EVENT_TIME_FIELD, window)],
            must_not: [{ exists: { field: override } }],
          },
        },
      ],
    },
  };
}
