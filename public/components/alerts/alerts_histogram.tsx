// Alerts over time as a bar chart (Kibana's charting library), with a one-sentence summary for screen readers.
// Loaded only through lazy_alerts_histogram.tsx, so the chart library stays in its own chunk.
import {
  Axis,
  BarSeries,
  Chart,
  DARK_THEME,
  LIGHT_THEME,
  niceTimeFormatter,
  Position,
  ScaleType,
  Settings,
} from '@elastic/charts';
import { EuiScreenReaderOnly, useEuiTheme } from '@elastic/eui';
import type { AlertsResponse } from '../../../common/api';
import { plural } from '../../../common/format';
import { DAY_MS, durationMs } from '../../../common/time';
import type { DateFormatter } from '../../format/date_time';
import { useDates } from '../../hooks/use_dates';

// The alerts histogram as chart points, plus a one-sentence summary for screen readers.
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

function summarizeHistogram(
  points: HistogramPoint[],
  interval: string,
  dates: DateFormatter,
): string {
  if (points.length === 0) return 'No alerts in this range.';
  const total = points.reduce((sum, point) => sum + point.y, 0);
  const busiest = points.reduce((best, point) => (point.y > best.y ? point : best), points[0]);
  const at = (x: number) => dates.dateTime(new Date(x).toISOString());
  const span = `between ${at(points[0].x)} and ${at(points[points.length - 1].x)}`;
  if (total === 0) return `No alerts ${span}.`;
  return `${plural(total, 'alert', 'alerts')} ${span}, in ${interval} buckets; the busiest bucket, starting ${at(busiest.x)}, has ${busiest.y}.`;
}

export function AlertsHistogram({ histogram }: { histogram: AlertsResponse['histogram'] }) {
  const dates = useDates();
  const { colorMode, euiTheme } = useEuiTheme();
  const points = toHistogramSeries(histogram);
  const maxCount = points.reduce((max, point) => Math.max(max, point.y), 0);
  const domain: [number, number] =
    points.length > 0
      ? [points[0].x, points[points.length - 1].x]
      : [Date.now() - DAY_MS, Date.now()];
  // Bars as wide as the bucket interval, also when only one bucket has alerts.
  const bucketMs = durationMs(histogram.interval);
  const xDomain = bucketMs ? { min: domain[0], max: domain[1], minInterval: bucketMs } : undefined;
  return (
    <div data-test-subj="alertsHistogram" data-points={points.length}>
      <EuiScreenReaderOnly>
        <p>{summarizeHistogram(points, histogram.interval, dates)}</p>
      </EuiScreenReaderOnly>
      <Chart size={{ height: 180 }}>
        <Settings
          baseTheme={colorMode === 'DARK' ? DARK_THEME : LIGHT_THEME}
          showLegend={false}
          ariaLabel="Alerts over time"
          ariaUseDefaultSummary
          locale="en"
          xDomain={xDomain}
        />
        <BarSeries
          id="alerts"
          name="Alerts"
          data={points}
          xScaleType={ScaleType.Time}
          yScaleType={ScaleType.Linear}
          xAccessor="x"
          yAccessors={['y']}
          color={euiTheme.colors.vis.euiColorVis0}
        />
        <Axis id="time" position={Position.Bottom} tickFormat={niceTimeFormatter(domain)} />
        <Axis
          id="count"
          position={Position.Left}
          // Counts are whole: no more ticks than there are integers up to the largest bar.
          ticks={Math.min(4, maxCount + 1)}
          integersOnly
          gridLine={{ visible: true }}
        />
      </Chart>
    </div>
  );
}
