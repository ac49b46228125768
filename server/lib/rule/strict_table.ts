// An io-ts codec for a TOML table with a fixed set of keys: missing required keys, wrong types and unknown keys are
// all reported (detection-rules rejects unknown keys instead of silently dropping them).
import * as t from 'io-ts';

function isTable(u: unknown): u is Record<string, unknown> {
  return typeof u === 'object' && u !== null && !Array.isArray(u) && !(u instanceof Date);
}

export type StrictTableC<R extends t.Props, O extends t.Props> = t.Type<
  t.TypeOf<t.TypeC<R>> & t.TypeOf<t.PartialC<O>>,
  t.TypeOf<t.TypeC<R>> & t.TypeOf<t.PartialC<O>>,
  unknown
>;

/**
 * `required` and `optional` map keys to codecs. `refused` names keys that are known but not allowed here, with the
 * sentence to report instead of "unknown key".
 */
export function strictTable<R extends t.Props, O extends t.Props>(
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
          message: refused[key] ?? 'unknown key',
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
