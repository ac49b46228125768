// The parsed form of one HTTP request as the emulator's routes see it.
import type { EmulatorUser } from '../../auth/users';

export type QueryValue = string | string[];

export interface EmulatorRequest {
  method: string;
  /** Path as sent, including any `/s/<space>` prefix. */
  rawPath: string;
  /** Path without the space prefix. */
  path: string;
  space: string;
  query: Record<string, QueryValue>;
  headers: Record<string, string | undefined>;
  /** Decoded JSON body, or undefined when the request had none. */
  body: unknown;
  /** Values of `{name}` segments of the route's path template. */
  params: Record<string, string>;
  user: EmulatorUser;
}

/** What a route handler answers on success. */
export interface RouteResult {
  status: number;
  body: unknown;
}

export const ok = (body: unknown): RouteResult => ({ status: 200, body });
