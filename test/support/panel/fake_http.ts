// A stand-in for core.http in component tests: answers each route from a table, rejecting like Kibana's fetch.
import { ROUTES } from '../../../common/api';
import type { RouteName } from '../../../common/api';
import type { HttpLike, HttpRequestOptions } from '../../../public/services/api_client';

export interface Reply {
  status: number;
  body: unknown;
}

/** `pending` never answers (a section stuck loading); a function answers per request. */
export type RouteReply = Reply | 'pending' | ((options: HttpRequestOptions) => Reply | 'pending');

export interface FakeHttp extends HttpLike {
  calls: Array<{ path: string; options: HttpRequestOptions }>;
  replies: Partial<Record<RouteName, RouteReply>>;
}

export function ok(body: unknown): Reply {
  return { status: 200, body };
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
};

export function failure(
  status: number,
  message: string,
  attributes?: Record<string, unknown>,
): Reply {
  return {
    status,
    body: {
      statusCode: status,
      error: REASONS[status] ?? 'Error',
      message,
      ...(attributes ? { attributes } : {}),
    },
  };
}

function routeOf(path: string): RouteName {
  const entry = Object.entries(ROUTES).find(([, routePath]) => routePath === path);
  if (!entry) throw new Error(`No such route: ${path}`);
  return entry[0] as RouteName;
}

export function createFakeHttp(replies: Partial<Record<RouteName, RouteReply>>): FakeHttp {
  const fake: FakeHttp = {
    calls: [],
    replies,
    fetch<T>(path: string, options: HttpRequestOptions): Promise<T> {
      fake.calls.push({ path, options });
      const configured = fake.replies[routeOf(path)] ?? 'pending';
      const reply = typeof configured === 'function' ? configured(options) : configured;
      if (reply === 'pending') return new Promise<T>(() => undefined);
      if (reply.status >= 200 && reply.status < 300) return Promise.resolve(reply.body as T);
      const message =
        (reply.body as { message?: string } | null)?.message ?? `HTTP ${reply.status}`;
      return Promise.reject(
        Object.assign(new Error(message), {
          name: 'HttpFetchError',
          response: { status: reply.status },
          body: reply.body,
        }),
      );
    },
  };
  return fake;
}
