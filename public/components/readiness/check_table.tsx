// Readiness results: each as a badge (colour, icon and word), and a table with one row per check (result, what was
// checked, what was found, and what to do) where passing checks wait behind one line, so the failing and warning
// ones are what the eye meets.
import { useId, useState } from 'react';
import { EuiAccordion, EuiBadge, EuiBasicTable, EuiSpacer, EuiTextColor } from '@elastic/eui';
import type { EuiBasicTableColumn } from '@elastic/eui';
import type { CheckStatus, ReadinessCheck } from '../../../common/api';
import { plural } from '../../../common/format';
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

function CheckTable({ checks, caption }: { checks: ReadinessCheck[]; caption: string }) {
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

/** "6 checks pass", "1 check passes". */
export function passSummary(count: number): string {
  return `${plural(count, 'check')} ${count === 1 ? 'passes' : 'pass'}`;
}

/**
 * The failing and warning checks in a table, the passing ones behind a summary line that opens their own table.
 * The passing rows are rendered only once opened: eleven rows of "Pass … Nothing" would bury the one that matters.
 */
export function CheckList({ checks, caption }: { checks: ReadinessCheck[]; caption: string }) {
  const id = useId();
  const [showPassing, setShowPassing] = useState(false);
  const attention = checks.filter((check) => check.status !== 'pass');
  const passing = checks.filter((check) => check.status === 'pass');
  return (
    <div data-test-subj="checkList">
      {attention.length > 0 || checks.length === 0 ? (
        <CheckTable checks={attention} caption={caption} />
      ) : null}
      {attention.length > 0 && passing.length > 0 ? <EuiSpacer size="s" /> : null}
      {passing.length > 0 ? (
        <EuiAccordion
          id={id}
          buttonContent={passSummary(passing.length)}
          forceState={showPassing ? 'open' : 'closed'}
          onToggle={setShowPassing}
          paddingSize="none"
          data-test-subj="passingChecks"
        >
          {showPassing ? (
            <CheckTable checks={passing} caption={`${caption}: the passing ones`} />
          ) : null}
        </EuiAccordion>
      ) : null}
    </div>
  );
}
