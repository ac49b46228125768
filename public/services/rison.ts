// Rison, the URL-friendly JSON Kibana keeps its app state in (`_g`, `_a`): encoding only, for links the panel
// builds. Object keys are sorted and strings left bare when they are plain identifiers, as Kibana's encoder does.

export type RisonValue =
  string | number | boolean | null | RisonValue[] | { [key: string]: RisonValue | undefined };

/** Characters that may not appear in a bare string, and those that may not start one. */
const BARE = /^[^-0-9 '!:(),*@$][^ '!:(),*@$]*$/;

function encodeString(text: string): string {
  if (BARE.test(text)) return text;
  return `'${text.replace(/[!']/g, (char) => `!${char}`)}'`;
}

export function risonEncode(value: RisonValue): string {
  if (value === null) return '!n';
  if (value === true) return '!t';
  if (value === false) return '!f';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '!n';
    return String(value).replace('+', '');
  }
  if (typeof value === 'string') return encodeString(value);
  if (Array.isArray(value)) return `!(${value.map(risonEncode).join(',')})`;
  const entries = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort()
    .map((key) => `${encodeString(key)}:${risonEncode(value[key] as RisonValue)}`);
  return `(${entries.join(',')})`;
}

/** Kibana's `encodeUriQuery`: URI-component encoding that keeps `@ : $ , ;` readable. */
export function encodeUriQuery(text: string): string {
  return encodeURIComponent(text)
    .replace(/%40/g, '@')
    .replace(/%3A/gi, ':')
    .replace(/%24/g, '$')
    .replace(/%2C/gi, ',')
    .replace(/%3B/gi, ';');
}
