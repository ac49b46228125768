// Chooses the time range the histogram, top pairs and newest alerts cover.
import { EuiButtonGroup } from '@elastic/eui';
import type { AlertsRange } from '../../../common/api';

const OPTIONS: Array<{ id: AlertsRange; label: string }> = [
  { id: '24h', label: '24 hours' },
  { id: '7d', label: '7 days' },
  { id: '30d', label: '30 days' },
];

export function RangePicker({
  range,
  onChange,
}: {
  range: AlertsRange;
  onChange(range: AlertsRange): void;
}) {
  return (
    <EuiButtonGroup
      legend="Time range of the alerts shown"
      options={OPTIONS}
      idSelected={range}
      onChange={(id) => onChange(id as AlertsRange)}
      buttonSize="compressed"
      data-test-subj="alertsRange"
    />
  );
}
