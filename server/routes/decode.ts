// Decodes route input with io-ts; failures become a 400 naming the path that failed and what was expected.
import { isLeft } from 'fp-ts/Either';
import type * as t from 'io-ts';
import { HttpError } from '../lib/errors';

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function isCombinator(type: t.Decoder<unknown, unknown>): boolean {
  const tag = (type as { _tag?: string })._tag;
  return tag === 'UnionType' || tag === 'IntersectionType';
}

function describeError(where: string, error: t.ValidationError): { path: string; text: string } {
  // A context entry's key is its position inside the previous entry's type; union/intersection branch numbers are noise.
  const keys = error.context
    .filter((_entry, index) => index > 0 && !isCombinator(error.context[index - 1].type))
    .map((entry) => entry.key);
  const path = [where, ...keys].join('.');
  const expected = error.context[error.context.length - 1]?.type.name ?? 'a valid value';
  if (error.message) return { path, text: `${path}: ${error.message}` };
  return { path, text: `${path}: expected ${expected}, got ${describeValue(error.value)}` };
}

/** Extra keys are refused rather than silently dropped (a typo like `enabeld` must not pass). */
function unknownKeys(codec: t.Mixed, value: unknown): string[] {
  const props = (codec as unknown as { type?: { props?: Record<string, unknown> } }).type?.props;
  if (!props || typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.keys(value).filter((key) => !(key in props));
}

export function decodeInput<A>(
  codec: t.Type<A, unknown, unknown>,
  value: unknown,
  where: string,
): A {
  const result = codec.decode(value);
  if (isLeft(result)) {
    const problems = result.left.map((error) => describeError(where, error));
    const unique = [...new Set(problems.map((p) => p.text))];
    throw new HttpError(400, `Invalid ${where}: ${unique.join('; ')}`, {
      path: problems[0]?.path ?? where,
    });
  }
  const extra = unknownKeys(codec, value);
  if (extra.length > 0) {
    throw new HttpError(
      400,
      `Invalid ${where}: unknown key${extra.length > 1 ? 's' : ''} ${extra.join(', ')}`,
      {
        path: `${where}.${extra[0]}`,
      },
    );
  }
  return result.right;
}
