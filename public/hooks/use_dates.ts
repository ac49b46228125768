// The panel's date formatter for the host's date settings (Kibana's `dateFormat` and `dateFormat:tz`, or Kibana's
// defaults where the host has none), built once per settings.
import { useMemo } from 'react';
import { createDateFormatter, type DateFormatter } from '../format/date_time';
import { useServices } from '../services/services_context';

export function useDates(): DateFormatter {
  const { dateSettings } = useServices();
  const dateFormat = dateSettings?.dateFormat;
  const timeZone = dateSettings?.timeZone;
  return useMemo(
    () => createDateFormatter(dateFormat && timeZone ? { dateFormat, timeZone } : undefined),
    [dateFormat, timeZone],
  );
}
