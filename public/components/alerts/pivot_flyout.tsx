// A pivot run as a search (hosts without Discover): the events it found, newest first, within its time range.
import {
  EuiBasicTable,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutHeader,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import type { EuiBasicTableColumn } from '@elastic/eui';
import type { AlertPivotResponse, Pivot, PivotEvent } from '../../../common/api';
import { formatNumber } from '../../../common/format';
import { useDates } from '../../hooks/use_dates';
import { usePivotEvents } from '../../hooks/use_alert_details';
import { ResourceView } from '../section';

function EventTime({ iso }: { iso: string }) {
  return <>{useDates().dateTime(iso)}</>;
}

const COLUMNS: Array<EuiBasicTableColumn<PivotEvent>> = [
  {
    field: 'timestamp',
    name: 'Time',
    render: (timestamp: string) => <EventTime iso={timestamp} />,
  },
  { field: 'action', name: 'Action' },
  { field: 'outcome', name: 'Outcome' },
  { field: 'userName', name: 'User' },
  { field: 'accountId', name: 'Account' },
  { field: 'sourceIp', name: 'Source IP' },
  { field: 'identityArn', name: 'ARN', truncateText: true },
];

function countText(answer: AlertPivotResponse): string {
  const total = `${answer.totalCapped ? 'at least ' : ''}${formatNumber(answer.total)}`;
  return answer.total > answer.events.length
    ? `${total} events; the newest ${formatNumber(answer.events.length)} are listed.`
    : `${total} event${answer.total === 1 ? '' : 's'}.`;
}

export function PivotEventsTable({ answer }: { answer: AlertPivotResponse }) {
  return (
    <>
      <EuiText size="s" data-test-subj="pivotCount">
        <p>{countText(answer)}</p>
      </EuiText>
      <EuiSpacer size="s" />
      <EuiBasicTable
        tableCaption={answer.pivot.title}
        items={answer.events}
        itemId="id"
        rowProps={(event: PivotEvent) => ({ 'data-test-subj': `pivotEvent-${event.id}` })}
        columns={COLUMNS}
        noItemsMessage="No events in this time range."
        data-test-subj="pivotEvents"
      />
    </>
  );
}

export interface PivotFlyoutProps {
  alertId: string;
  pivot: Pivot;
  onClose(): void;
}

export function PivotFlyout({ alertId, pivot, onClose }: PivotFlyoutProps) {
  const events = usePivotEvents(alertId, pivot.id);
  const dates = useDates();
  return (
    <EuiFlyout
      onClose={onClose}
      size="l"
      ownFocus
      aria-labelledby="pivotFlyoutTitle"
      data-test-subj="pivotFlyout"
    >
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="s">
          <h2 id="pivotFlyoutTitle">{pivot.title}</h2>
        </EuiTitle>
        <EuiText size="s" color="subdued">
          <p>{pivot.description}</p>
          <p data-test-subj="pivotRange">{`${dates.dateTime(pivot.from)} – ${dates.dateTime(pivot.to)}`}</p>
        </EuiText>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        <ResourceView
          resource={events}
          what="the events of this pivot"
          privilegeHint="Running a pivot needs read access to the rule's index patterns (the logs)."
        >
          {(answer) => <PivotEventsTable answer={answer} />}
        </ResourceView>
      </EuiFlyoutBody>
    </EuiFlyout>
  );
}
