// io-ts building blocks for the rule codec whose failures read as sentences ("must be an integer from 0 to 100").
import * as t from 'io-ts';

/** A codec for a value checked by a predicate; `name` describes it, `problem` is the failure sentence. */
export function checked<A>(
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

export const str = checked('a string', isString);
export const bool = checked('a boolean', (u): u is boolean => typeof u === 'boolean');
export const nonEmptyStr = checked(
  'a non-empty string',
  (u): u is string => isString(u) && u.trim().length > 0,
);

export function matching(name: string, pattern: RegExp): t.Type<string, string, unknown> {
  return checked(name, (u): u is string => isString(u) && pattern.test(u));
}

export function oneOf<V extends string>(values: readonly V[]): t.Type<V, V, unknown> {
  return checked(
    `one of ${values.join(', ')}`,
    (u): u is V => isString(u) && (values as readonly string[]).includes(u),
  );
}

export function integerBetween(min: number, max: number): t.Type<number, number, unknown> {
  const range = max === Infinity ? `of at least ${min}` : `from ${min} to ${max}`;
  return checked(
    `an integer ${range}`,
    (u): u is number => typeof u === 'number' && Number.isInteger(u) && u >= min && u <= max,
  );
}

/** A TOML array; element failures are reported at `key[i]`. */
export function list<C extends t.Mixed>(item: C, name: string): t.ArrayC<C> {
  return t.array(item, name);
}

/** A TOML array with at least one element. */
export function nonEmptyList<C extends t.Mixed>(
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
export const freeTable = checked(
  'a table',
  (u): u is FreeTable =>
    typeof u === 'object' && u !== null && !Array.isArray(u) && !(u instanceof Date),
);
export const freeTableList = list(freeTable, 'a list of tables');

/** Either one string or a list of strings (detection-rules allows both for `integration`). */
export const stringOrList = checked(
  'a string or a list of strings',
  (u): u is string | string[] => isString(u) || (Array.isArray(u) && u.every(isString)),
);
