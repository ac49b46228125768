// The panel's one owner of dates: absolute times in the user's Kibana `dateFormat` and `dateFormat:tz` (Kibana's
// defaults where the host has no settings), through the moment-timezone Kibana shares with plugins, and how long
// ago, in the shared wording of ages.
import moment from 'moment-timezone';
import { formatAge } from '../../common/format';

/** Kibana's advanced settings that decide how a date reads. */
export interface DateSettings {
  /** `dateFormat`: a moment format. */
  dateFormat: string;
  /** `dateFormat:tz`: an IANA zone, or `Browser` for the browser's own. */
  timeZone: string;
}

/** Kibana's defaults for `dateFormat` and `dateFormat:tz`. */
export const KIBANA_DATE_DEFAULTS: DateSettings = {
  dateFormat: 'MMM D, YYYY @ HH:mm:ss.SSS',
  timeZone: 'Browser',
};

export interface DateFormatter {
  /** An ISO date in the settings' format and zone; what cannot be parsed passes through. */
  dateTime(iso: string): string;
}

export function createDateFormatter(settings: DateSettings = KIBANA_DATE_DEFAULTS): DateFormatter {
  // An unknown zone reads as the browser's, as Kibana falls back when moment does not know it.
  const zone =
    settings.timeZone !== 'Browser' && moment.tz.zone(settings.timeZone) !== null
      ? settings.timeZone
      : undefined;
  const format = settings.dateFormat || KIBANA_DATE_DEFAULTS.dateFormat;
  return {
    dateTime(iso) {
      const parsed = zone ? moment.tz(iso, moment.ISO_8601, zone) : moment(iso, moment.ISO_8601);
      return parsed.isValid() ? parsed.format(format) : iso;
    },
  };
}

export function formatRelative(iso: string, now: Date = new Date()): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : formatAge(now.getTime() - time);
}
