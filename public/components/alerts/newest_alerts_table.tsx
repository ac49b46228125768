// The newest alerts with the rule's investigation fields; each row opens the alert in Security or expands.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { EuiBadge, EuiBasicTable, EuiButtonIcon, EuiScreenReaderOnly } from '@elastic/eui';
import { CodeText } from '../common/code_text';
import type { EuiBasicTableColumn } from '@elastic/eui';
import type { AlertSummary } from '../../../common/api';
import { formatDateTime } from '../../format/date_time';
import { SecurityLink } from '../header/security_link';
import { AlertDetails } from './alert_details';
import { pickColumnFields } from './alert_columns';
import { FieldValue } from './field_value';
import { WORKFLOW_LABELS, workflowColor } from './workflow_status_breakdown';

export interface NewestAlertsTableProps {
  alerts: AlertSummary[];
  newTermsFields: string[];
  investigationFields: string[];
  rangeLabel: string;
}

export function NewestAlertsTable({
  alerts,
  newTermsFields,
  investigationFields,
  rangeLabel,
}: NewestAlertsTableProps) {
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  const columnFields = pickColumnFields(newTermsFields, investigationFields, alerts);

  const toggle = (id: string) => setExpanded((previous) => ({ ...previous, [id]: !previous[id] }));

  const columns: Array<EuiBasicTableColumn<AlertSummary>> = [
    {
      field: 'timestamp',
      name: 'Created',
      width: '230px',
      render: (timestamp: string, alert: AlertSummary) => (
        <SecurityLink
          target={{ page: 'alert', alertId: alert.id, timestamp }}
          aria-label={`Open the alert of ${formatDateTime(timestamp)} in Security`}
        >
          {formatDateTime(timestamp)}
        </SecurityLink>
      ),
    },
    {
      field: 'workflowStatus',
      name: 'Status',
      width: '120px',
      render: (status: string) => (
        <EuiBadge color={workflowColor(status)}>{WORKFLOW_LABELS[status] ?? status}</EuiBadge>
      ),
    },
    ...columnFields.map((field): EuiBasicTableColumn<AlertSummary> => ({
      name: <CodeText plain>{field}</CodeText>,
      render: (alert: AlertSummary) => <FieldValue value={alert.fields[field]} />,
    })),
    {
      width: '48px',
      isExpander: true,
      name: (
        <EuiScreenReaderOnly>
          <span>Details</span>
        </EuiScreenReaderOnly>
      ),
      render: (alert: AlertSummary) => (
        <EuiButtonIcon
          onClick={() => toggle(alert.id)}
          aria-label={
            expanded[alert.id] ? 'Hide investigation fields' : 'Show all investigation fields'
          }
          aria-expanded={Boolean(expanded[alert.id])}
          iconType={expanded[alert.id] ? 'chevronSingleDown' : 'chevronSingleRight'}
        />
      ),
    },
  ];

  const expandedRows: Record<string, ReactNode> = {};
  for (const alert of alerts) {
    if (expanded[alert.id])
      expandedRows[alert.id] = <AlertDetails alert={alert} fields={investigationFields} />;
  }

  return (
    <EuiBasicTable
      tableCaption="Newest alerts of the rule with its investigation fields"
      items={alerts}
      itemId="id"
      columns={columns}
      itemIdToExpandedRowMap={expandedRows}
      noItemsMessage={`No alerts in the last ${rangeLabel}.`}
      data-test-subj="newestAlerts"
    />
  );
}
