// The alerts the backtest found: when the run would have raised each, the new terms, and its first event's context.
import { EuiBadge, EuiBasicTable, type EuiBasicTableColumn } from '@elastic/eui';
import type { BacktestAlert } from '../../../common/api';
import { useDates } from '../../hooks/use_dates';

const PAGE_SIZE = 10;

export function BacktestAlertsTable({
  alerts,
  newTermsFields,
}: {
  alerts: BacktestAlert[];
  newTermsFields: string[];
}) {
  // The user's date settings, as every date of the panel reads.
  const dates = useDates();
  const columns: Array<EuiBasicTableColumn<BacktestAlert>> = [
    { field: 'time', name: 'Run', render: (time: string) => dates.dateTime(time), width: '180px' },
    {
      name: newTermsFields.join(' / '),
      render: (alert: BacktestAlert) => (
        <span>
          {newTermsFields.map((field) => alert.terms[field]).join(' / ')}{' '}
          {alert.returning ? <EuiBadge color="hollow">returning</EuiBadge> : null}
        </span>
      ),
    },
    {
      name: 'Context',
      render: (alert: BacktestAlert) =>
        Object.entries(alert.context)
          .map(([field, value]) => `${field}: ${value}`)
          .join(' · '),
    },
  ];
  return (
    <EuiBasicTable
      items={alerts.slice(0, PAGE_SIZE * 5)}
      columns={columns}
      tableCaption="Alerts the rule would have raised"
      data-test-subj="backtestAlerts"
    />
  );
}
