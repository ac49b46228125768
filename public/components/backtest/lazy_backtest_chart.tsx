// The per-day chart, loaded on demand like the alerts histogram: the charting library stays out of the page load.
import { lazy, Suspense } from 'react';
import { EuiLoadingChart } from '@elastic/eui';
import type { BacktestDay } from '../../../common/api';

const BacktestChart = lazy(() =>
  import('./backtest_chart').then((module) => ({ default: module.BacktestChart })),
);

export function LazyBacktestChart({ days }: { days: BacktestDay[] }) {
  return (
    <Suspense fallback={<EuiLoadingChart size="l" aria-label="Loading the backtest chart" />}>
      <BacktestChart days={days} />
    </Suspense>
  );
}
