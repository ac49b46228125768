// How a route's request is checked: against Kibana's OpenAPI files, or — for routes Kibana defines only in
// TypeScript (no OpenAPI source) — against an io-ts codec mirroring that TypeScript schema.
import type * as t from 'io-ts';

export type RequestContract =
  | { kind: 'openapi' }
  | {
      kind: 'codec';
      /** The Kibana source file the codec mirrors. */
      mirrors: string;
      /** io-ts routes (`buildRouteValidation`) reject unknown keys; zod routes strip them. */
      rejectUnknownKeys: boolean;
      body?: t.Decoder<unknown, unknown>;
      query?: t.Decoder<unknown, unknown>;
    };

/** A request as the OpenAPI validator sees it (path without the space prefix). */
export interface ContractRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  body: unknown;
}

/** Problems found in one part of the request, each already phrased for Kibana's 400 message. */
export interface ContractProblem {
  part: 'body' | 'query' | 'params';
  message: string;
}

export type OpenApiCheck = (request: ContractRequest) => ContractProblem[];
