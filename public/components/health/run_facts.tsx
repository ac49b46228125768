// The rule's runs: the last one at a glance (when, how it went, how long, any gap, Kibana's message) and the recent
// history, newest first, when the cluster's API offers it.
import { useId } from 'react';
import { EuiAccordion, EuiBasicTable, EuiDescriptionList, EuiText, EuiToolTip } from '@elastic/eui';
import type { EuiBasicTableColumn } from '@elastic/eui';
import type { ExecutionRecord, StatusResponse } from '../../../common/api';
import { formatMilliseconds, formatSeconds } from '../../../common/format';
import { formatDateTime, formatRelative } from '../../format/date_time';

// Kibana's words for execution statuses (it shows "partial failure" as "Warning").
const EXECUTION_STATUS_LABELS: Record<string, string> = {
  succeeded: 'Succeeded',
  'going to run': 'Going to run',
  running: 'Running',
  'partial failure': 'Warning',
  failed: 'Failed',
};

// Recent runs, newest first, when the cluster's API offers them.
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

export function ExecutionFacts({ status }: { status: StatusResponse }) {
  const run = status.lastExecution;
  const deployed = status.deployed;
  if (run === null) return null;
  const duration =
    run.searchDurationMs === null && run.indexingDurationMs === null
      ? 'Not reported'
      : formatMilliseconds((run.searchDurationMs ?? 0) + (run.indexingDurationMs ?? 0));
  const items = [
    {
      title: 'Last run',
      description: (
        <EuiToolTip content={formatDateTime(run.date)}>
          <span tabIndex={0} data-test-subj="lastRun">
            {formatRelative(run.date)}
          </span>
        </EuiToolTip>
      ),
    },
    { title: 'Result', description: EXECUTION_STATUS_LABELS[run.status] ?? run.status },
    { title: 'Duration', description: duration },
    {
      title: 'Gap',
      description: run.gapDurationS ? `${formatSeconds(run.gapDurationS)} not covered` : 'None',
    },
    ...(deployed
      ? [
          {
            title: 'Schedule',
            description: `Every ${deployed.interval}, looking back to ${deployed.from}`,
          },
        ]
      : []),
    {
      title: 'Last message',
      description: (
        <EuiText size="s" data-test-subj="lastMessage" style={{ overflowWrap: 'anywhere' }}>
          {run.message}
        </EuiText>
      ),
    },
  ];
  return (
    <EuiDescriptionList type="responsiveColumn" listItems={items} data-test-subj="executionFacts" />
  );
}
