// Python's string whitespace rules, which Elastic's build (Python) applies to rule text: str.strip(), str.splitlines()
// and detection-rules' cleanup of plain strings. Reproducing them exactly is what makes our bodies hash like Elastic's.

/** Characters Python's str.strip() removes (str.isspace). */
const PY_SPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const EDGES = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g');
/** Line boundaries of Python's str.splitlines(); the file-separator controls are among them on purpose. */
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/** Python's str.strip() without arguments. */
export function pythonStrip(text: string): string {
  return text.replace(EDGES, '');
}

/**
 * detection-rules' cleanup of plain strings: " ".join(line.strip() for line in text.strip().splitlines()) — each
 * line stripped, joined by single spaces; the whole string stripped first.
 */
export function collapseWhitespace(text: string): string {
  const stripped = pythonStrip(text);
  if (stripped === '') return '';
  return stripped.split(LINE_BREAK).map(pythonStrip).join(' ');
}
