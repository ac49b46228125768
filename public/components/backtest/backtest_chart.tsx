// Alerts per day of the backtest as a bar chart (Kibana's charting library), with a summary for screen readers.
// Loaded only through lazy_backtest_chart.tsx, so the chart library stays in its own chunk.
import {
  Axis,
  BarSeries,
  Chart,
  DARK_THEME,
  LIGHT_THEME,
  Position,
  ScaleType,
  Settings,
} from '@elastic/charts';
import { EuiScreenReaderOnly, useEuiTheme } from '@elastic/eui';
import type { BacktestDay } from '../../../common/api';
import { plural } from '../../../common/format';

export function BacktestChart({ days }: { days: BacktestDay[] }) {
  const { colorMode, euiTheme } = useEuiTheme();
  const total = days.reduce((sum, day) => sum + day.alerts, 0);
  const busiest = days.reduce<BacktestDay | null>(
    (best, day) => (best === null || day.alerts > best.alerts ? day : best),
    null,
  );
  const maxCount = busiest?.alerts ?? 0;
  return (
    <div data-test-subj="backtestChart" data-points={days.length}>
      <EuiScreenReaderOnly>
        <p>
          {total === 0 || !busiest
            ? 'No alerts on any day of the backtest.'
            : `${plural(total, 'alert')} over ${plural(days.length, 'day')}; the busiest day, ${busiest.date}, has ${busiest.alerts}.`}
        </p>
      </EuiScreenReaderOnly>
      <Chart size={{ height: 160 }}>
        <Settings
          baseTheme={colorMode === 'DARK' ? DARK_THEME : LIGHT_THEME}
          showLegend={false}
          ariaLabel="Alerts per day the rule would have raised"
          ariaUseDefaultSummary
          locale="en"
        />
        <BarSeries
          id="backtest"
          name="Alerts"
          data={days.map((day) => ({ x: day.date, y: day.alerts }))}
          xScaleType={ScaleType.Ordinal}
          yScaleType={ScaleType.Linear}
          xAccessor="x"
          yAccessors={['y']}
          color={euiTheme.colors.vis.euiColorVis0}
        />
        <Axis id="day" position={Position.Bottom} />
        <Axis
          id="count"
          position={Position.Left}
          ticks={Math.min(4, maxCount + 1)}
          integersOnly
          gridLine={{ visible: true }}
        />
      </Chart>
    </div>
  );
}
