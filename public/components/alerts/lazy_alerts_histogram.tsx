// The histogram, loaded on demand: the charting library is large, and the rest of the panel need not wait for it.
import { lazy, Suspense } from 'react';
import { EuiLoadingChart } from '@elastic/eui';
import type { AlertsResponse } from '../../../common/api';

const AlertsHistogram = lazy(() =>
  import('./alerts_histogram').then((module) => ({ default: module.AlertsHistogram })),
);

export function LazyAlertsHistogram({ histogram }: { histogram: AlertsResponse['histogram'] }) {
  return (
    <Suspense fallback={<EuiLoadingChart size="l" aria-label="Loading the alerts chart" />}>
      <AlertsHistogram histogram={histogram} />
    </Suspense>
  );
}
