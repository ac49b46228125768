// The alerts counted three ways: over the last 24 hours, 7 and 30 days; by workflow status; and by the account/user
// pair (the rule's new-terms values) that raised them.
import { EuiBadge, EuiBasicTable, EuiFlexGroup, EuiFlexItem, EuiStat, EuiText } from '@elastic/eui';
import type { EuiBasicTableColumn } from '@elastic/eui';
import type { AlertsResponse } from '../../../common/api';
import { formatNumber } from '../../../common/format';
import { CodeText } from '../code_text';

// Alert counts over the last 24 hours, 7 days and 30 days.
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

// Alerts by workflow status (open, acknowledged, in progress, closed), each as a word and a count.
const STATUSES: Array<{ key: string; label: string; color: string }> = [
  { key: 'open', label: 'Open', color: 'primary' },
  { key: 'acknowledged', label: 'Acknowledged', color: 'warning' },
  { key: 'in-progress', label: 'In progress', color: 'accent' },
  { key: 'closed', label: 'Closed', color: 'default' },
];

export const WORKFLOW_LABELS: Record<string, string> = Object.fromEntries(
  STATUSES.map((s) => [s.key, s.label]),
);

export function workflowColor(status: string): string {
  return STATUSES.find((s) => s.key === status)?.color ?? 'hollow';
}

export function WorkflowStatusBreakdown({ counts }: { counts: Record<string, number> }) {
  const known = STATUSES.map((s) => s.key);
  const others = Object.keys(counts).filter((key) => !known.includes(key));
  const rows = [
    ...STATUSES.map((s) => ({ key: s.key, label: s.label, color: s.color })),
    ...others.map((key) => ({ key, label: key, color: 'hollow' })),
  ];
  return (
    <EuiFlexGroup
      gutterSize="s"
      alignItems="center"
      wrap
      responsive={false}
      data-test-subj="workflowBreakdown"
    >
      <EuiFlexItem grow={false}>
        <EuiText size="xs" color="subdued">
          <strong>By status</strong>
        </EuiText>
      </EuiFlexItem>
      {rows.map((row) => (
        <EuiFlexItem grow={false} key={row.key}>
          <EuiBadge color={row.color} data-test-subj={`workflow-${row.key}`}>
            {`${row.label}: ${formatNumber(counts[row.key] ?? 0)}`}
          </EuiBadge>
        </EuiFlexItem>
      ))}
    </EuiFlexGroup>
  );
}

// The account/user pairs (the rule's new-terms values) that raised the most alerts.
type Pair = AlertsResponse['topPairs'][number];

export function TopPairsTable({ pairs, fields }: { pairs: Pair[]; fields: string[] }) {
  const columns: Array<EuiBasicTableColumn<Pair>> = [
    ...fields.map((field, index): EuiBasicTableColumn<Pair> => ({
      name: <CodeText plain>{field}</CodeText>,
      render: (pair: Pair) => pair.values[index] ?? '—',
    })),
    {
      field: 'count',
      name: 'Alerts',
      align: 'right',
      width: '80px',
      render: (count: number) => formatNumber(count),
    },
  ];
  return (
    <EuiBasicTable
      tableCaption={`Top ${fields.join(' and ')} pairs by number of alerts`}
      items={pairs}
      columns={columns}
      compressed
      noItemsMessage="No alerts in this range."
      data-test-subj="topPairs"
    />
  );
}
