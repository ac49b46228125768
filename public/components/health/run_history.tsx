// Recent runs, newest first, when the cluster's API offers them.
import { EuiAccordion, EuiBasicTable } from '@elastic/eui';
import type { EuiBasicTableColumn } from '@elastic/eui';
import { useId } from 'react';
import type { ExecutionRecord } from '../../../common/api';
import { formatDateTime } from '../../format/date_time';
import { formatMilliseconds, formatSeconds } from '../../../common/format';
import { EXECUTION_STATUS_LABELS } from './verdict_presentation';

const COLUMNS: Array<EuiBasicTableColumn<ExecutionRecord>> = [
  { field: 'timestamp', name: 'Run at', render: (value: string) => formatDateTime(value) },
  {
    field: 'status',
    name: 'Result',
    render: (value: string) => EXECUTION_STATUS_LABELS[value] ?? value,
  },
  {
    field: 'durationMs',
    name: 'Duration',
    render: (value: number | null) => (value === null ? '—' : formatMilliseconds(value)),
  },
  {
    field: 'alertsCreated',
    name: 'Alerts',
    render: (value: number | null) => (value === null ? '—' : value),
  },
  {
    field: 'gapDurationS',
    name: 'Gap',
    render: (value: number | null) => (value ? formatSeconds(value) : '—'),
  },
];

export function RunHistory({ items }: { items: ExecutionRecord[] }) {
  const id = useId();
  return (
    <EuiAccordion
      id={id}
      buttonContent={`Recent runs (${items.length})`}
      paddingSize="s"
      data-test-subj="runHistory"
    >
      <EuiBasicTable
        tableCaption="Recent runs of the rule, newest first"
        items={items}
        columns={COLUMNS}
        compressed
        noItemsMessage="No runs recorded yet."
      />
    </EuiAccordion>
  );
}
