// The `time_zone` Kibana puts on date clauses: the dateFormat:tz setting, with "Browser" meaning the local zone.

export function timeZoneFromSettings(dateFormatTZ: string): string {
  if (dateFormatTZ !== 'Browser') return dateFormatTZ;
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
