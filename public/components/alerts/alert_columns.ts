// Which investigation fields get a column of their own in the newest-alerts table (the rest go in the row details).

/** More columns than this make the table unreadable at laptop widths. */
const MAX_FIELD_COLUMNS = 4;

export function pickColumnFields(
  newTermsFields: string[],
  investigationFields: string[],
): string[] {
  const ordered = [
    ...newTermsFields,
    ...investigationFields.filter((field) => field !== '@timestamp'),
  ];
  return [...new Set(ordered)].slice(0, MAX_FIELD_COLUMNS);
}
