// Dates as Kibana shows them: absolute in its default `dateFormat` (MMM D, YYYY @ HH:mm:ss.SSS, local time),
// and how long ago, in the shared wording of ages.
import { formatAge } from '../../common/format';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
  return `${day} @ ${time}`;
}

export function formatRelative(iso: string, now: Date = new Date()): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : formatAge(now.getTime() - time);
}
