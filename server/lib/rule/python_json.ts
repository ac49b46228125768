// Python's json.dumps(value, sort_keys=True) byte for byte: ", " and ": " separators, keys sorted by code point,
// every character outside printable ASCII escaped as \uXXXX (ensure_ascii). Elastic's version-lock hash runs on it.

export type PyJson =
  | null
  | boolean
  | number
  | string
  | readonly PyJson[]
  | { readonly [key: string]: PyJson | undefined };

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

function escapeString(text: string): string {
  // Works on UTF-16 code units, so characters beyond the BMP become surrogate pairs, as in Python.
  return `"${text.replace(/["\\]|[^\x20-\x7e]/g, (ch) => {
    return SHORT_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  })}"`;
}

/** float.__repr__: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
function pythonFloat(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  const [mantissa = '', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    return `${mantissa}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const fixed = String(value);
  return fixed.includes('.') || fixed.includes('e') ? fixed : `${fixed}.0`;
}

function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * Integral numbers print as Python ints. TOML floats with an integral value (`1.0`) are indistinguishable here
 * and would print as `1`; no field of a rule body is such a float.
 */
export function pythonJsonDumps(value: PyJson): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    // BigInt spells large integers out in full, as Python ints are.
    return Number.isInteger(value) ? BigInt(value).toString() : pythonFloat(value);
  }
  if (typeof value === 'string') return escapeString(value);
  if (Array.isArray(value)) return `[${value.map((v: PyJson) => pythonJsonDumps(v)).join(', ')}]`;
  const entries = Object.entries(value as { [key: string]: PyJson | undefined })
    .filter((entry): entry is [string, PyJson] => entry[1] !== undefined)
    .sort(([a], [b]) => compareCodePoints(a, b));
  return `{${entries.map(([k, v]) => `${escapeString(k)}: ${pythonJsonDumps(v)}`).join(', ')}}`;
}
