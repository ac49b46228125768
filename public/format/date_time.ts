// Dates as Kibana shows them: absolute in its default `dateFormat` (MMM D, YYYY @ HH:mm:ss.SSS, local time),
// and "how long ago" in exact whole units, since "an hour ago" for a 47-minute-old run would hide a stale rule.

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

function unit(count: number, name: string): string {
  return `${count} ${name}${count === 1 ? '' : 's'}`;
}

export function formatRelative(iso: string, now: Date = new Date()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const seconds = Math.round((now.getTime() - time) / 1000);
  const past = seconds >= 0;
  const abs = Math.abs(seconds);
  let text: string;
  if (abs < 60) return past ? 'less than a minute ago' : 'in less than a minute';
  else if (abs < 3600) text = unit(Math.floor(abs / 60), 'minute');
  else if (abs < 48 * 3600) text = unit(Math.floor(abs / 3600), 'hour');
  else text = unit(Math.floor(abs / 86400), 'day');
  return past ? `${text} ago` : `in ${text}`;
}
