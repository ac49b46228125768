// Readiness results: each as a badge (colour, icon and word), and a table with one row per check (result, what was
// checked, what was found, and what to do).
import { EuiBadge, EuiBasicTable, EuiTextColor } from '@elastic/eui';
import type { EuiBasicTableColumn } from '@elastic/eui';
import type { CheckStatus, ReadinessCheck } from '../../../common/api';
import { BacktickText } from '../code_text';

// A readiness result as a badge: colour, icon and word.
const LOOKS: Record<
  CheckStatus,
  { label: string; color: 'success' | 'warning' | 'danger'; icon: string }
> = {
  pass: { label: 'Pass', color: 'success', icon: 'check' },
  warn: { label: 'Warn', color: 'warning', icon: 'warning' },
  fail: { label: 'Fail', color: 'danger', icon: 'cross' },
};

export function CheckStatusBadge({ status }: { status: CheckStatus }) {
  const look = LOOKS[status];
  return (
    <EuiBadge
      color={look.color}
      iconType={look.icon}
      data-test-subj="checkStatus"
      data-status={status}
    >
      {look.label}
    </EuiBadge>
  );
}

const COLUMNS: Array<EuiBasicTableColumn<ReadinessCheck>> = [
  {
    field: 'status',
    name: 'Result',
    width: '88px',
    render: (status: CheckStatus) => <CheckStatusBadge status={status} />,
  },
  {
    field: 'title',
    name: 'Check',
    width: '12em',
    render: (title: string) => <strong>{title}</strong>,
  },
  {
    field: 'finding',
    name: 'Finding',
    render: (finding: string) => <BacktickText text={finding} />,
  },
  {
    field: 'fix',
    name: 'What to do',
    render: (fix: string | null) =>
      fix === null ? (
        <EuiTextColor color="subdued">Nothing</EuiTextColor>
      ) : (
        <BacktickText text={fix} />
      ),
  },
];

export function CheckTable({ checks, caption }: { checks: ReadinessCheck[]; caption: string }) {
  return (
    <EuiBasicTable
      tableCaption={caption}
      items={checks}
      itemId="id"
      columns={COLUMNS}
      tableLayout="auto"
      noItemsMessage="No checks ran."
      rowProps={(check) => ({ 'data-test-subj': `check-${check.id}` })}
    />
  );
}
