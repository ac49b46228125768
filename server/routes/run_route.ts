// Runs one route for any host: decodes its input with io-ts (failures become a 400 naming the path that failed
// and what was expected), calls the handler, and maps errors to a safe JSON answer.
import { isLeft } from 'fp-ts/Either';
import type * as t from 'io-ts';
import type { ApiErrorBody } from '../../common/api';
import type { Logger } from '../lib/logger';
import { HttpError, toErrorBody } from '../lib/errors';
import type { AnyRouteDefinition } from '.';

export type RouteOutcome =
  | { ok: true; statusCode: 200; body: unknown }
  | { ok: false; statusCode: number; body: ApiErrorBody };

export interface RouteInput {
  query: unknown;
  body: unknown;
}

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
  // Own keys only: `__proto__`, `constructor` or `toString` are not fields of any request.
  return Object.keys(value).filter((key) => !Object.prototype.hasOwnProperty.call(props, key));
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

/** For hosts that receive raw input (the standalone host); Kibana decodes through its route validation. */
export function decodeRouteInput<Ctx>(route: AnyRouteDefinition<Ctx>, raw: RouteInput): RouteInput {
  return {
    query: route.query ? decodeInput(route.query, raw.query ?? {}, 'query') : {},
    body: route.body ? decodeInput(route.body, raw.body ?? {}, 'body') : {},
  };
}

/**
 * `input` yields the decoded input: decoding happens before the context exists, so bad input never touches the
 * cluster, and its failure is answered like any other.
 */
export async function runRoute<Ctx>(
  route: AnyRouteDefinition<Ctx>,
  input: () => RouteInput,
  createContext: () => Promise<Ctx>,
  logger: Logger,
): Promise<RouteOutcome> {
  try {
    const decoded = input();
    const ctx = await createContext();
    return { ok: true, statusCode: 200, body: await route.handle(ctx, decoded) };
  } catch (error) {
    const body = toErrorBody(error);
    if (!(error instanceof HttpError)) {
      // Unexpected: log the detail for operators, answer without it.
      logger.error(`${route.method.toUpperCase()} ${route.path} failed: ${describe(error)}`);
    } else if (body.statusCode >= 500) {
      logger.warn(`${route.method.toUpperCase()} ${route.path}: ${body.message}`);
    }
    return { ok: false, statusCode: body.statusCode, body };
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
