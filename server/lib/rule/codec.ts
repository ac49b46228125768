// What a detection-rules TOML file may hold ([metadata] and [rule], as detection-rules' schema defines them) and
// how its problems read: a dotted key path and a sentence a rule author can act on.
import * as t from 'io-ts';
import { isDateMath } from '../../../common/time';

// Problems.

export interface RuleProblem {
  /** TOML key path such as `rule.new_terms.value[3]`; empty for the file as a whole. */
  path: string;
  message: string;
}

export function formatProblem(problem: RuleProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

/** Thrown by the loaders that promise a valid rule; carries every problem found. */
export class RuleValidationError extends Error {
  constructor(readonly problems: readonly RuleProblem[]) {
    super(`invalid rule: ${problems.map(formatProblem).join('; ')}`);
    this.name = 'RuleValidationError';
  }
}

// io-ts building blocks whose failures read as sentences ("must be an integer from 0 to 100").

/** A codec for a value checked by a predicate; `name` describes it, `problem` is the failure sentence. */
function checked<A>(
  name: string,
  is: (u: unknown) => u is A,
  problem: string = `must be ${name}`,
): t.Type<A, A, unknown> {
  return new t.Type<A, A, unknown>(
    name,
    is,
    (u, c) => (is(u) ? t.success(u) : t.failure(u, c, problem)),
    t.identity,
  );
}

const isString = (u: unknown): u is string => typeof u === 'string';

const str = checked('a string', isString);
const bool = checked('a boolean', (u): u is boolean => typeof u === 'boolean');
const nonEmptyStr = checked(
  'a non-empty string',
  (u): u is string => isString(u) && u.trim().length > 0,
);

function matching(name: string, pattern: RegExp): t.Type<string, string, unknown> {
  return checked(name, (u): u is string => isString(u) && pattern.test(u));
}

function oneOf<V extends string>(values: readonly V[]): t.Type<V, V, unknown> {
  return checked(
    `one of ${values.join(', ')}`,
    (u): u is V => isString(u) && (values as readonly string[]).includes(u),
  );
}

function integerBetween(min: number, max: number): t.Type<number, number, unknown> {
  const range = max === Infinity ? `of at least ${min}` : `from ${min} to ${max}`;
  return checked(
    `an integer ${range}`,
    (u): u is number => typeof u === 'number' && Number.isInteger(u) && u >= min && u <= max,
  );
}

/** A TOML array; element failures are reported at `key[i]`. */
function list<C extends t.Mixed>(item: C, name: string): t.ArrayC<C> {
  return t.array(item, name);
}

/** A TOML array with at least one element. */
function nonEmptyList<C extends t.Mixed>(
  item: C,
  name: string,
): t.Type<Array<t.TypeOf<C>>, Array<t.OutputOf<C>>, unknown> {
  const array = t.array(item, name);
  return new t.Type<Array<t.TypeOf<C>>, Array<t.OutputOf<C>>, unknown>(
    `non-empty ${name}`,
    (u): u is Array<t.TypeOf<C>> => array.is(u) && u.length > 0,
    (u, c) => {
      if (Array.isArray(u) && u.length === 0)
        return t.failure(u, c, `must be a non-empty ${name.replace(/^an? /, '')}`);
      return array.validate(u, c);
    },
    array.encode,
  );
}

/** A TOML table with free-form content (passed through to the API body untouched). */
export type FreeTable = { [key: string]: unknown };
const freeTable = checked(
  'a table',
  (u): u is FreeTable =>
    typeof u === 'object' && u !== null && !Array.isArray(u) && !(u instanceof Date),
);
const freeTableList = list(freeTable, 'a list of tables');

/** Either one string or a list of strings (detection-rules allows both for `integration`). */
const stringOrList = checked(
  'a string or a list of strings',
  (u): u is string | string[] => isString(u) || (Array.isArray(u) && u.every(isString)),
);

// A TOML table with a fixed set of keys: missing required keys, wrong types and unknown keys are all reported
// (detection-rules rejects unknown keys instead of silently dropping them).

function isTable(u: unknown): u is Record<string, unknown> {
  return typeof u === 'object' && u !== null && !Array.isArray(u) && !(u instanceof Date);
}

type StrictTableC<R extends t.Props, O extends t.Props> = t.Type<
  t.TypeOf<t.TypeC<R>> & t.TypeOf<t.PartialC<O>>,
  t.TypeOf<t.TypeC<R>> & t.TypeOf<t.PartialC<O>>,
  unknown
>;

/**
 * `required` and `optional` map keys to codecs. `refused` names keys that are known but not allowed here, with the
 * sentence to report instead of "unknown key".
 */
function strictTable<R extends t.Props, O extends t.Props>(
  name: string,
  required: R,
  optional: O,
  refused: Readonly<Record<string, string>> = {},
): StrictTableC<R, O> {
  type A = t.TypeOf<t.TypeC<R>> & t.TypeOf<t.PartialC<O>>;
  const req = t.type(required);
  const opt = t.partial(optional);
  const known = new Set([...Object.keys(required), ...Object.keys(optional)]);
  const is = (u: unknown): u is A =>
    isTable(u) && req.is(u) && opt.is(u) && Object.keys(u).every((k) => known.has(k));

  return new t.Type<A, A, unknown>(
    name,
    is,
    (u, c) => {
      if (!isTable(u)) return t.failure(u, c, 'must be a table');
      const errors: t.ValidationError[] = [];
      for (const key of Object.keys(u)) {
        if (known.has(key)) continue;
        errors.push({
          value: u[key],
          context: [...c, { key, type: t.unknown, actual: u[key] }],
          // Own keys only: `__proto__`, `constructor` … would find Object.prototype's members.
          message: Object.hasOwn(refused, key) ? refused[key] : 'unknown key',
        });
      }
      const required = req.validate(u, c);
      const optional = opt.validate(u, c);
      if (required._tag === 'Left') errors.push(...required.left);
      if (optional._tag === 'Left') errors.push(...optional.left);
      if (required._tag === 'Left' || optional._tag === 'Left' || errors.length > 0) {
        // Report in the file's key order (missing keys last), as an author reads the file.
        const order = Object.keys(u);
        const rank = (e: t.ValidationError): number => {
          const at = order.indexOf(e.context[c.length]?.key ?? '');
          return at < 0 ? order.length : at;
        };
        return t.failures([...errors].sort((a, b) => rank(a) - rank(b)));
      }
      // Keep only declared keys, in the file's order.
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(u)) {
        if (key in required.right) out[key] = (required.right as Record<string, unknown>)[key];
        else if (key in optional.right) out[key] = (optional.right as Record<string, unknown>)[key];
      }
      return t.success(out as A);
    },
    t.identity,
  );
}

// The rule file.

export const RULE_TYPES = [
  'eql',
  'esql',
  'machine_learning',
  'new_terms',
  'query',
  'saved_query',
  'threat_match',
  'threshold',
] as const;
export type RuleType = (typeof RULE_TYPES)[number];

const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
const MATURITIES = ['development', 'experimental', 'beta', 'production', 'deprecated'] as const;
const LANGUAGES = ['kuery', 'lucene', 'eql', 'esql'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const strings = list(str, 'a list of strings');
const dateMath = checked(
  'date math',
  (u): u is string => typeof u === 'string' && isDateMath(u),
  'must be date math such as "now-6m" or an ISO date',
);

const RuleMetadataCodec = strictTable(
  'metadata',
  {
    creation_date: matching('a date written YYYY/MM/DD', /^\d{4}\/\d{2}\/\d{2}$/),
    updated_date: matching('a date written YYYY/MM/DD', /^\d{4}\/\d{2}\/\d{2}$/),
  },
  {
    deprecation_date: matching('a date written YYYY/MM/DD', /^\d{4}\/\d{2}\/\d{2}$/),
    comments: str,
    integration: stringOrList,
    maturity: oneOf(MATURITIES),
    min_stack_version: str,
    min_stack_comments: str,
    os_type_list: strings,
    query_schema_validation: bool,
    related_endpoint_rules: strings,
    bypass_bbr_timing: bool,
  },
);

const ThreatEntryFields = { id: nonEmptyStr, name: nonEmptyStr, reference: nonEmptyStr };

const ThreatCodec = strictTable(
  'threat mapping',
  {
    framework: nonEmptyStr,
    tactic: strictTable('tactic', ThreatEntryFields, {}),
  },
  {
    technique: list(
      strictTable('technique', ThreatEntryFields, {
        subtechnique: list(
          strictTable('subtechnique', ThreatEntryFields, {}),
          'a list of subtechniques',
        ),
      }),
      'a list of techniques',
    ),
  },
);

const NewTermsCodec = strictTable(
  'new_terms',
  {
    field: str,
    value: list(str, 'a list of field names'),
    history_window_start: nonEmptyList(
      strictTable('history window', { field: str, value: nonEmptyStr }, {}),
      'a list of one history window',
    ),
  },
  {},
);

const COMPUTED = 'is computed by the build from the rule; remove it from the TOML';

const RuleFieldsCodec = strictTable(
  'rule',
  {
    author: nonEmptyList(nonEmptyStr, 'a list of author names'),
    description: nonEmptyStr,
    name: nonEmptyStr,
    risk_score: integerBetween(0, 100),
    rule_id: matching('a UUID', UUID),
    severity: oneOf(SEVERITIES),
    type: oneOf(RULE_TYPES),
  },
  {
    actions: freeTableList,
    alert_suppression: freeTable,
    building_block_type: str,
    data_view_id: str,
    enabled: bool,
    exceptions_list: freeTableList,
    false_positives: strings,
    filters: freeTableList,
    from: dateMath,
    index: nonEmptyList(nonEmptyStr, 'a list of index patterns'),
    interval: matching('an interval such as "5m" (digits then s, m, h or d)', /^\d+[smhd]$/),
    investigation_fields: strictTable(
      'investigation_fields',
      { field_names: nonEmptyList(nonEmptyStr, 'a list of field names') },
      {},
    ),
    language: oneOf(LANGUAGES),
    license: str,
    max_signals: integerBetween(1, Infinity),
    meta: freeTable,
    new_terms: NewTermsCodec,
    note: str,
    query: str,
    references: strings,
    risk_score_mapping: freeTableList,
    rule_name_override: str,
    setup: str,
    severity_mapping: freeTableList,
    tags: strings,
    threat: list(ThreatCodec, 'a list of threat mappings'),
    throttle: str,
    timeline_id: str,
    timeline_title: str,
    timestamp_override: nonEmptyStr,
    timestamp_override_fallback_disabled: bool,
    to: dateMath,
  },
  {
    version: `${COMPUTED} (version_lock.json)`,
    related_integrations: COMPUTED,
    required_fields: COMPUTED,
  },
);

export const RuleFileCodec = strictTable(
  'rule file',
  { metadata: RuleMetadataCodec, rule: RuleFieldsCodec },
  {},
  { transform: 'investigation guide transforms are not supported' },
);

/** A rule as decoded from its detection-rules TOML: the typed [metadata] and [rule] tables. */
export type RuleDefinition = t.TypeOf<typeof RuleFileCodec>;

// io-ts validation errors → problems: the TOML key path and a sentence naming the problem.

function keyPath(context: t.Context): string {
  let path = '';
  // The first entry is the root; every later entry's key is a key of the value before it.
  for (const entry of context.slice(1)) {
    if (entry.key === '') continue;
    path += /^\d+$/.test(entry.key) ? `[${entry.key}]` : path === '' ? entry.key : `.${entry.key}`;
  }
  return path;
}

function describe(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function reportErrors(errors: t.Errors): RuleProblem[] {
  const seen = new Set<string>();
  const problems: RuleProblem[] = [];
  for (const error of errors) {
    const path = keyPath(error.context);
    const last = error.context[error.context.length - 1];
    // "must …" sentences get the offending value appended; other messages are complete statements.
    const sentence = error.message ?? `must be ${last?.type.name ?? 'valid'}`;
    const message =
      error.value === undefined
        ? `is required (${last?.type.name ?? 'a value'})`
        : sentence.startsWith('must ')
          ? `${sentence} (got ${describe(error.value)})`
          : sentence;
    const line = `${path}\u0000${message}`;
    if (seen.has(line)) continue;
    seen.add(line);
    problems.push({ path, message });
  }
  return problems;
}
