// A rule's identity: Elastic's version lock (a hash of Python's json.dumps of the body, and the version it implies)
// and the rule_id of our custom copy.
import { createHash } from 'node:crypto';

// Python's json.dumps(value, sort_keys=True) byte for byte: ", " and ": " separators, keys sorted by code point,
// every character outside printable ASCII escaped as \uXXXX (ensure_ascii). The version-lock hash runs on it.

type PyJson =
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

// Elastic's version-lock hash of a rule body: SHA-256 (hex) of the base64 of the canonical JSON, over the body
// without `version` and `related_integrations`.

/** The keys Elastic leaves out of the hashed content. */
const UNHASHED_KEYS = ['version', 'related_integrations'] as const;

function hashableContent(body: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const content: Record<string, unknown> = { ...body };
  for (const key of UNHASHED_KEYS) delete content[key];
  return content;
}

export function ruleContentHash(body: Readonly<Record<string, unknown>>): string {
  // The canonical JSON is pure ASCII (ensure_ascii), so its base64 is that of its bytes.
  const base64 = Buffer.from(pythonJsonDumps(hashableContent(body) as PyJson), 'utf8').toString(
    'base64',
  );
  return createHash('sha256').update(base64).digest('hex');
}

// The version a body carries, from the version lock keyed by rule_id (detection-rules' rules: a locked hash keeps
// its version, changed content gets the next one, an unlocked rule starts at 1).

export interface VersionLockEntry {
  rule_name: string;
  sha256: string;
  type: string;
  version: number;
}

type VersionStatus = 'locked' | 'changed' | 'unlocked';

export interface RuleVersion {
  version: number;
  status: VersionStatus;
  locked?: VersionLockEntry;
}

export function ruleVersion(
  ruleId: string,
  hash: string,
  lock: Readonly<Record<string, VersionLockEntry>>,
): RuleVersion {
  const locked = lock[ruleId];
  if (!locked) return { version: 1, status: 'unlocked' };
  return locked.sha256 === hash
    ? { version: locked.version, status: 'locked', locked }
    : { version: locked.version + 1, status: 'changed', locked };
}

// The rule_id of our *custom* copy of a rule. Never Elastic's id: a custom rule holding a prebuilt rule_id gets
// duplicated by a later prebuilt install (Kibana issue #180198).

/** RFC 4122's URL namespace, in which our own namespace is named. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** RFC 4122 name-based UUID (version 5, SHA-1), the same as Python's uuid.uuid5. */
export function uuidV5(name: string, namespace: string): string {
  const hex = namespace.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${namespace}`);
  const bytes = createHash('sha1').update(Buffer.from(hex, 'hex')).update(name, 'utf8').digest();
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const id = bytes.subarray(0, 16).toString('hex');
  return `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`;
}

/**
 * Our namespace: uuid5(NAMESPACE_URL, "urn:kibana-ssm-recon-rule:custom-rule"). Stable forever: changing it would
 * orphan every custom copy already deployed.
 */
export const CUSTOM_RULE_NAMESPACE = 'fc4208e1-502c-5936-94ac-4969dbeb0685';
export const CUSTOM_RULE_NAMESPACE_NAME = 'urn:kibana-ssm-recon-rule:custom-rule';

/** uuid5(CUSTOM_RULE_NAMESPACE, elasticRuleId): deterministic, so every install finds the same custom copy. */
export function customRuleId(elasticRuleId: string): string {
  return uuidV5(elasticRuleId.toLowerCase(), CUSTOM_RULE_NAMESPACE);
}
