// Which investigation fields get a column of their own in the newest-alerts table (the rest go in the row
// details): the new-terms fields first, then the guide's fields in its order whose values fit a column.
import type { AlertSummary } from '../../../common/api';
import { fieldValueText } from './field_value';

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
