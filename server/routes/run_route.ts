// Runs one route for any host: decodes the raw input, calls the handler, and maps errors to a safe JSON answer.
import type { ApiErrorBody } from '../../common/api';
import type { Logger } from '../lib/logger';
import { HttpError, toErrorBody } from '../lib/errors';
import { decodeInput } from './decode';
import type { AnyRouteDefinition } from './route_definition';

export type RouteOutcome =
  | { ok: true; statusCode: 200; body: unknown }
  | { ok: false; statusCode: number; body: ApiErrorBody };

/** Decoding happens before the context exists: bad input never touches the cluster. */
export function decodeRouteInput<Ctx>(
  route: AnyRouteDefinition<Ctx>,
  raw: { query: unknown; body: unknown },
): { query: unknown; body: unknown } {
  return {
    query: route.query ? decodeInput(route.query, raw.query ?? {}, 'query') : {},
    body: route.body ? decodeInput(route.body, raw.body ?? {}, 'body') : {},
  };
}

export async function runRoute<Ctx>(
  route: AnyRouteDefinition<Ctx>,
  raw: { query: unknown; body: unknown },
  createContext: () => Promise<Ctx>,
  logger: Logger,
): Promise<RouteOutcome> {
  try {
    const input = decodeRouteInput(route, raw);
    const ctx = await createContext();
    return { ok: true, statusCode: 200, body: await route.handle(ctx, input) };
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
