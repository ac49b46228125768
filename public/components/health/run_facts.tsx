// The rule's runs: the last one at a glance (when, how it went, how long, any gap, its schedule, Kibana's message)
// and the recent history, newest first, when the cluster's API offers it.
import { useState } from 'react';
import type { ReactElement } from 'react';
import {
  EuiBasicTable,
  EuiDescriptionList,
  EuiFlexGroup,
  EuiFlexItem,
  EuiIcon,
  EuiText,
  EuiTitle,
  EuiToolTip,
} from '@elastic/eui';
import type { EuiBasicTableColumn } from '@elastic/eui';
import type { DeployedRule, ExecutionRecord, StatusResponse } from '../../../common/api';
import { formatMilliseconds, formatNumber, formatSeconds } from '../../../common/format';
import { formatRelative } from '../../format/date_time';
import { useDates } from '../../hooks/use_dates';
import { useServices } from '../../services/services_context';

// Kibana's words for execution statuses (it shows "partial failure" as "Warning").
const EXECUTION_STATUS_LABELS: Record<string, string> = {
  succeeded: 'Succeeded',
  'going to run': 'Going to run',
  running: 'Running',
  'partial failure': 'Warning',
  failed: 'Failed',
};

function RunTime({ iso }: { iso: string }) {
  return (
    <span className="eui-textNoWrap" data-test-subj="runTime">
      {useDates().dateTime(iso)}
    </span>
  );
}

// Recent runs, newest first, when the cluster's API offers them. A run's time stays on one line: split over three,
// it hid the milliseconds that tell two runs apart.
const COLUMNS: Array<EuiBasicTableColumn<ExecutionRecord>> = [
  {
    field: 'timestamp',
    name: 'Run at',
    render: (value: string) => <RunTime iso={value} />,
  },
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
    field: 'gapDurationS',
    name: 'Gap',
    render: (value: number | null) => (value ? formatSeconds(value) : '—'),
  },
  {
    field: 'alertsCreated',
    name: 'Alerts',
    align: 'right',
    render: (value: number | null) => (value === null ? '—' : formatNumber(value)),
  },
];

/** Enough rows to see a pattern at a glance; the server sends up to twice as many. */
const RUNS_PER_PAGE = 10;

export function RunHistory({ items }: { items: ExecutionRecord[] }) {
  const [pageIndex, setPageIndex] = useState(0);
  const paged = items.length > RUNS_PER_PAGE;
  const shown = paged
    ? items.slice(pageIndex * RUNS_PER_PAGE, (pageIndex + 1) * RUNS_PER_PAGE)
    : items;
  return (
    <section data-test-subj="runHistory">
      <EuiTitle size="xxs">
        <h3>{`Recent runs (${formatNumber(items.length)})`}</h3>
      </EuiTitle>
      <EuiBasicTable
        tableCaption="Recent runs of the rule, newest first"
        items={shown}
        columns={COLUMNS}
        compressed
        tableLayout="auto"
        noItemsMessage="No runs recorded yet."
        {...(paged
          ? {
              pagination: {
                pageIndex,
                pageSize: RUNS_PER_PAGE,
                totalItemCount: items.length,
                showPerPageOptions: false,
              },
              onChange: ({ page }: { page?: { index: number } }) => {
                if (page) setPageIndex(page.index);
              },
            }
          : {})}
      />
    </section>
  );
}

// How often the rule runs, with the host's word when it runs the rule on another schedule (the sandbox does).
function Schedule({ deployed }: { deployed: DeployedRule }) {
  const { scheduleNote } = useServices();
  return (
    <>
      <span data-test-subj="schedule">{`Every ${deployed.interval}, looking back to ${deployed.from}`}</span>
      {scheduleNote ? (
        <EuiText size="xs" color="subdued" data-test-subj="scheduleNote">
          <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false}>
            <EuiFlexItem grow={false}>
              <EuiIcon type="clock" size="s" aria-hidden="true" />
            </EuiFlexItem>
            <EuiFlexItem>{scheduleNote}</EuiFlexItem>
          </EuiFlexGroup>
        </EuiText>
      ) : null}
    </>
  );
}

function scheduleItems(
  deployed: DeployedRule | null,
): Array<{ title: string; description: ReactElement }> {
  return deployed ? [{ title: 'Schedule', description: <Schedule deployed={deployed} /> }] : [];
}

/** A rule that has not run yet: only its schedule is known. */
export function ScheduleFacts({ deployed }: { deployed: DeployedRule }) {
  return (
    <EuiDescriptionList
      type="responsiveColumn"
      listItems={scheduleItems(deployed)}
      data-test-subj="scheduleFacts"
    />
  );
}

export function ExecutionFacts({ status }: { status: StatusResponse }) {
  const dates = useDates();
  const run = status.lastExecution;
  if (run === null) return null;
  const duration =
    run.searchDurationMs === null && run.indexingDurationMs === null
      ? 'Not reported'
      : formatMilliseconds((run.searchDurationMs ?? 0) + (run.indexingDurationMs ?? 0));
  const items = [
    {
      title: 'Last run',
      description: (
        <EuiToolTip content={dates.dateTime(run.date)}>
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
    ...scheduleItems(status.deployed),
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
