// fast-check arbitraries of hostile input for any route: wrong types, huge strings and arrays, deeply nested
// JSON, unicode and control characters, prototype-pollution keys, out-of-range numbers, and the headers Kibana's
// rules look at (`elastic-api-version`, `kbn-xsrf`, `x-elastic-internal-origin`, content types).
import fc from 'fast-check';

const POLLUTING_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
];
/** Field names the routes know, so values of wrong types reach the codecs' own fields too. */
const KNOWN_KEYS = [
  'enabled',
  'enable',
  'overwrite',
  'dryRun',
  'source',
  'range',
  'space',
  'ruleId',
];

const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e',
    '\ud800',
    '😀'.repeat(50),
    '%E0%A4%A',
    '../../etc/passwd',
  ),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '{{constructor.constructor}}',
    '${jndi:x}',
    "' OR 1=1 --",
  ),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
);

const nastyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(-0, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_VALUE, 1e308, Number.MIN_VALUE),
  fc.integer(),
);

const key = fc.oneof(
  fc.constantFrom(...POLLUTING_KEYS, ...KNOWN_KEYS),
  fc.string({ maxLength: 12 }),
);

/** Any JSON-able value, hostile leaves included, a few levels deep. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString,
    nastyNumber,
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
    fc.integer({ min: 1_000, max: 50_000 }).map((n) => Array.from({ length: n }, () => 0)),
  ),
})).value;

/** Raw request bodies: JSON of hostile values, own prototype keys, very deep nesting, broken JSON, non-JSON. */
export const hostileBody: fc.Arbitrary<string> = fc.oneof(
  hostileValue.map((value) => JSON.stringify(value) ?? ''),
  fc.constantFrom(...POLLUTING_KEYS).map((k) => `{"${k}": {"enabled": true, "polluted": 1}}`),
  fc.integer({ min: 33, max: 20_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 33, max: 5_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  fc.constantFrom('{', '{"enabled": tru', 'null', '"text"', '1e999', '\u0000', '<xml/>', '--\r\n'),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** Query strings: known and polluting keys, repeated keys, hostile values, broken percent-encoding. */
export const hostileQuery: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc
    .array(
      fc.tuple(
        key,
        nastyString.filter((s) => s.length < 5_000),
      ),
      { maxLength: 4 },
    )
    .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  fc.constantFrom('?range=%E0%A4%A', '?range=24h&range=7d', '?%00=1', '?__proto__[x]=1', '?range'),
);

const headerValue = fc.oneof(
  fc.constantFrom('', '1', '2', '2023-10-31', 'true', 'false', 'x'.repeat(8_000)),
  fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
);

/** Headers: each of Kibana's required ones present, absent or wrong, and any content type. */
export const hostileHeaders: fc.Arbitrary<Record<string, string>> = fc
  .record(
    {
      'elastic-api-version': headerValue,
      'kbn-xsrf': headerValue,
      'x-elastic-internal-origin': headerValue,
      'content-type': fc.constantFrom(
        'application/json',
        'application/json; charset=utf-16',
        'text/plain',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
        '',
      ),
    },
    { requiredKeys: [] },
  )
  // Header values must be printable to be sent at all.
  .map((headers) =>
    Object.fromEntries(Object.entries(headers).filter(([, value]) => /^[\x20-\x7e]*$/.test(value))),
  );
