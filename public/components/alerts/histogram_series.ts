// The alerts histogram as chart points, plus a one-sentence summary for screen readers.
import type { AlertsResponse } from '../../../common/api';
import { formatDateTime } from '../../format/date_time';
import { plural } from '../../../common/format';

export interface HistogramPoint {
  x: number;
  y: number;
}

export function toHistogramSeries(histogram: AlertsResponse['histogram']): HistogramPoint[] {
  return histogram.buckets
    .map((bucket) => ({ x: Date.parse(bucket.time), y: bucket.count }))
    .filter((point) => Number.isFinite(point.x))
    .sort((a, b) => a.x - b.x);
}

export function summarizeHistogram(points: HistogramPoint[], interval: string): string {
  if (points.length === 0) return 'No alerts in this range.';
  const total = points.reduce((sum, point) => sum + point.y, 0);
  const busiest = points.reduce((best, point) => (point.y > best.y ? point : best), points[0]);
  const span = `between ${formatDateTime(new Date(points[0].x).toISOString())} and ${formatDateTime(new Date(points[points.length - 1].x).toISOString())}`;
  if (total === 0) return `No alerts ${span}.`;
  return `${plural(total, 'alert', 'alerts')} ${span}, in ${interval} buckets; the busiest bucket, starting ${formatDateTime(new Date(busiest.x).toISOString())}, has ${busiest.y}.`;
}
