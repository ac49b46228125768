// The alert time ranges the panel offers, and the histogram interval that suits each.
import type { AlertsRange } from '../../../common/api';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const RANGE_MS: Record<AlertsRange, number> = {
  '24h': DAY_MS,
  '7d': 7 * DAY_MS,
  '30d': 30 * DAY_MS,
};

/** About 24–30 bars whatever the range. */
export const HISTOGRAM_INTERVAL: Record<AlertsRange, string> = {
  '24h': '1h',
  '7d': '6h',
  '30d': '1d',
};

export const ALL_RANGES: AlertsRange[] = ['24h', '7d', '30d'];

export { DAY_MS };
