// Kibana's io-ts route validation (`buildRouteValidation`): decode, then `exactCheck` rejects unknown keys;
// messages read `Invalid value "<v>" supplied to "<path>"` / `invalid keys "<k>"`.
import { isLeft } from 'fp-ts/Either';
import type * as t from 'io-ts';

function describeValue(value: unknown): string {
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

function formatErrors(errors: t.Errors): string[] {
  const messages = errors.map((error) => {
    const path = error.context
      .map((entry) => entry.key)
      .filter((key) => key !== '' && !/^\d+$/.test(key))
      .join('.');
    return error.message ?? `Invalid value "${describeValue(error.value)}" supplied to "${path}"`;
  });
  return [...new Set(messages)];
}

/** Keys present in the input but dropped by decoding, as Kibana's `exactCheck` reports them. */
function droppedKeys(input: unknown, decoded: unknown, prefix = ''): string[] {
  if (Array.isArray(input) && Array.isArray(decoded)) {
    return input.flatMap((item, index) => droppedKeys(item, decoded[index], prefix));
  }
  if (
    typeof input !== 'object' ||
    input === null ||
    typeof decoded !== 'object' ||
    decoded === null
  ) {
    return [];
  }
  const kept = decoded as Record<string, unknown>;
  return Object.entries(input as Record<string, unknown>).flatMap(([key, value]) =>
    key in kept ? droppedKeys(value, kept[key], `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

export function checkWithCodec(
  codec: t.Decoder<unknown, unknown>,
  input: unknown,
  rejectUnknownKeys: boolean,
): string[] {
  const result = codec.decode(input);
  if (isLeft(result)) return formatErrors(result.left);
  const unknownKeys = rejectUnknownKeys ? droppedKeys(input, result.right) : [];
  return unknownKeys.length > 0 ? [`invalid keys "${unknownKeys.join(',')}"`] : [];
}
