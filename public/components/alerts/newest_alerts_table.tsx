// The newest alerts with the rule's investigation fields: the fields that fit get a column, every field shows when
// a row expands, and each alert opens in Security.
import { useState } from 'react';
import type { ReactNode } from 'react';
import {
  EuiBadge,
  EuiBasicTable,
  EuiButtonIcon,
  EuiDescriptionList,
  EuiScreenReaderOnly,
  EuiTextColor,
} from '@elastic/eui';
import type { EuiBasicTableColumn } from '@elastic/eui';
import type { AlertSummary } from '../../../common/api';
import { useDates } from '../../hooks/use_dates';
import { CodeText } from '../code_text';
import { SecurityLink } from '../security_link';
import { WORKFLOW_LABELS, workflowColor } from './alert_counts';
import { AlertRowDetails } from './alert_row_details';

// One alert field's value as text (arrays joined, objects as JSON), or a dash when absent.
function fieldValueText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((item) => fieldValueText(item) ?? '').join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function FieldValue({ value }: { value: unknown }) {
  const text = fieldValueText(value);
  if (text === null) return <EuiTextColor color="subdued">—</EuiTextColor>;
  return <span className="eui-textBreakWord">{text}</span>;
}

// Which investigation fields get a column of their own in the newest-alerts table (the rest go in the row
// details): the new-terms fields first, then the guide's fields in its order whose values fit a column.

/** More columns than this make the table unreadable at laptop widths. */
const MAX_FIELD_COLUMNS = 4;
/** Longer values (user agents, ARNs, request parameters) read better in the expanded row. */
const MAX_COLUMN_VALUE_LENGTH = 24;

function fitsColumn(field: string, alerts: AlertSummary[]): boolean {
  return alerts.every(
    (alert) => (fieldValueText(alert.fields[field]) ?? '').length <= MAX_COLUMN_VALUE_LENGTH,
  );
}

export function pickColumnFields(
  newTermsFields: string[],
  investigationFields: string[],
  alerts: AlertSummary[],
): string[] {
  const others = investigationFields.filter(
    (field) =>
      field !== '@timestamp' && !newTermsFields.includes(field) && fitsColumn(field, alerts),
  );
  return [...new Set([...newTermsFields, ...others])].slice(0, MAX_FIELD_COLUMNS);
}

// Every investigation field of one alert, shown when its row is expanded.
function AlertDetails({ alert, fields }: { alert: AlertSummary; fields: string[] }) {
  const items = [
    ...(alert.reason ? [{ title: 'Reason', description: alert.reason }] : []),
    ...fields.map((field) => ({
      title: <CodeText plain>{field}</CodeText>,
      description: <FieldValue value={alert.fields[field]} />,
    })),
  ];
  return (
    <EuiDescriptionList
      type="responsiveColumn"
      compressed
      listItems={items}
      data-test-subj="alertDetails"
    />
  );
}

export interface NewestAlertsTableProps {
  alerts: AlertSummary[];
  newTermsFields: string[];
  investigationFields: string[];
  rangeLabel: string;
  /** The alerts chosen for triage (ids), and how the choice changes. */
  selected: string[];
  onSelectionChange(ids: string[]): void;
}

export function NewestAlertsTable({
  alerts,
  newTermsFields,
  investigationFields,
  rangeLabel,
  selected,
  onSelectionChange,
}: NewestAlertsTableProps) {
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  const dates = useDates();
  const columnFields = pickColumnFields(newTermsFields, investigationFields, alerts);

  const toggle = (id: string) => setExpanded((previous) => ({ ...previous, [id]: !previous[id] }));

  const columns: Array<EuiBasicTableColumn<AlertSummary>> = [
    {
      field: 'timestamp',
      name: 'Created',
      width: '250px',
      // One line: the time and the new-tab icon after it stay together.
      render: (timestamp: string, alert: AlertSummary) => (
        <span className="eui-textNoWrap" data-test-subj="alertTime">
          <SecurityLink
            target={{ page: 'alert', alertId: alert.id, timestamp }}
            aria-label={`Open the alert of ${dates.dateTime(timestamp)} in Security`}
          >
            {dates.dateTime(timestamp)}
          </SecurityLink>
        </span>
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
      expandedRows[alert.id] = (
        <AlertRowDetails
          alert={alert}
          fields={<AlertDetails alert={alert} fields={investigationFields} />}
        />
      );
  }

  return (
    <EuiBasicTable
      tableCaption="Newest alerts of the rule with its investigation fields"
      items={alerts}
      itemId="id"
      columns={columns}
      itemIdToExpandedRowMap={expandedRows}
      selection={{
        selected: alerts.filter((alert) => selected.includes(alert.id)),
        onSelectionChange: (items: AlertSummary[]) => onSelectionChange(items.map((a) => a.id)),
      }}
      noItemsMessage={`No alerts in the last ${rangeLabel}.`}
      data-test-subj="newestAlerts"
    />
  );
}
