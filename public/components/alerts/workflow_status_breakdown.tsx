// Alerts by workflow status (open, acknowledged, in progress, closed), each as a word and a count.
import { EuiBadge, EuiFlexGroup, EuiFlexItem, EuiText } from '@elastic/eui';
import { formatNumber } from '../../../common/format';

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
