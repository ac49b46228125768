// Alert counts over the last 24 hours, 7 days and 30 days.
import { EuiFlexGroup, EuiFlexItem, EuiStat } from '@elastic/eui';
import type { AlertsResponse } from '../../../common/api';
import { formatNumber } from '../../../common/format';

const PERIODS: Array<{ key: keyof AlertsResponse['totals']; label: string }> = [
  { key: '24h', label: 'Alerts, last 24 hours' },
  { key: '7d', label: 'Alerts, last 7 days' },
  { key: '30d', label: 'Alerts, last 30 days' },
];

export function AlertTotals({
  totals,
  isLoading,
}: {
  totals: AlertsResponse['totals'];
  isLoading: boolean;
}) {
  return (
    <EuiFlexGroup gutterSize="l" responsive={false} data-test-subj="alertTotals">
      {PERIODS.map((period) => (
        <EuiFlexItem key={period.key}>
          <EuiStat
            title={formatNumber(totals[period.key])}
            description={period.label}
            titleSize="m"
            titleColor={totals[period.key] > 0 ? 'danger' : 'subdued'}
            isLoading={isLoading}
            reverse
            data-test-subj={`alertTotal-${period.key}`}
          />
        </EuiFlexItem>
      ))}
    </EuiFlexGroup>
  );
}
