// A host-agnostic route: its path, input codecs and handler. Kibana and the standalone host both serve these.
import type * as t from 'io-ts';
import { API_VERSION } from '../../common/constants';

export type Codec<A> = t.Type<A, unknown, unknown>;

export interface RouteDefinition<Ctx, Q = unknown, B = unknown, R = unknown> {
  method: 'get' | 'post';
  path: string;
  /** `write` routes change the cluster; hosts and the UI use this to explain read-only callers. */
  access: 'read' | 'write';
  description: string;
  query?: Codec<Q>;
  body?: Codec<B>;
  handle(ctx: Ctx, input: { query: Q; body: B }): Promise<R>;
}

/** Type-erased form for registries. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance: each route keeps its own types
export type AnyRouteDefinition<Ctx> = RouteDefinition<Ctx, any, any, unknown>;

export const ROUTE_VERSION = API_VERSION;

/** Why the routes carry no Kibana privilege of their own (every route states its authz explicitly). */
export const DELEGATED_AUTHZ_REASON =
  'Authorization is delegated: every call this route makes goes to the Kibana Detection Engine API and to ' +
  "Elasticsearch with the caller's own credentials, which enforce the caller's privileges.";
