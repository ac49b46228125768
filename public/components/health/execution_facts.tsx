// The last run at a glance: when, how it went, how long it took, any gap, and Kibana's message.
import { EuiDescriptionList, EuiText, EuiToolTip } from '@elastic/eui';
import type { StatusResponse } from '../../../common/api';
import { formatDateTime, formatRelative } from '../../format/date_time';
import { formatMilliseconds, formatSeconds } from '../../../common/format';
import { EXECUTION_STATUS_LABELS } from './verdict_presentation';

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
