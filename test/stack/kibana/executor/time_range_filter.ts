// The detection engine's time filter: the timestamp override within the window, or — for documents
// without it, unless fallback is disabled — `@timestamp` within the window.

export interface TimeBounds {
  gte?: string;
  lt?: string;
  lte?: string;
}

const range = (field: string, bounds: TimeBounds) => ({
  range: { [field]: { ...bounds, format: 'strict_date_optional_time' } },
});

export function timeRangeFilter(
  primary: string,
  secondary: string | undefined,
  bounds: TimeBounds,
): Record<string, unknown> {
  if (!secondary) return range(primary, bounds);
  return {
    bool: {
      should: [
        range(primary, bounds),
        {
          bool: {
            filter: [
              range(secondary, bounds),
              { bool: { must_not: { exists: { field: primary } } } },
            ],
          },
        },
      ],
      minimum_should_match: 1,
    },
  };
}
