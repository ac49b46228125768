// One row per readiness check: result, what was checked, what was found, and what to do.
import { EuiBasicTable, EuiTextColor } from '@elastic/eui';
import { BacktickText } from '../common/backtick_text';
import type { EuiBasicTableColumn } from '@elastic/eui';
import type { CheckStatus, ReadinessCheck } from '../../../common/api';
import { CheckStatusBadge } from './check_status_badge';

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
