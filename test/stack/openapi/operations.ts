// The operations the Kibana OpenAPI route files declare, found by HTTP method and concrete request path.
import type { Json } from './json';
import { isJsonObject } from './json';
import type { OpenApiDocument } from './load_documents';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options';
const METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

export interface OperationParameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required: boolean;
  schema: Json;
}

export interface Operation {
  operationId: string;
  method: HttpMethod;
  pathTemplate: string;
  file: string;
  parameters: OperationParameter[];
  /** Absent when the operation takes no body. Keyed by content type. */
  requestBody?: { required: boolean; content: Record<string, Json> };
  /** Status code (or `default`) → content type → schema. */
  responses: Record<string, Record<string, Json>>;
  matches(path: string): Record<string, string> | null;
}

/**
 * Upstream YAML that disagrees with the server. The legacy 8.x execution-results file says `put`, but Kibana
 * registers that route as `GET` (noted in the fixtures README).
 */
const METHOD_CORRECTIONS: Readonly<Record<string, HttpMethod>> = {
  GetRuleExecutionResults: 'get',
};

/**
 * Endpoints the project calls that have no OpenAPI file among the fixtures. Requests to them cannot be checked
 * against a contract; the emulator must validate them itself.
 */
export const KNOWN_CONTRACT_GAPS: ReadonlyArray<{ method: HttpMethod; path: string; why: string }> =
  [
    {
      method: 'post',
      path: '/api/detection_engine/rules/_bulk_action',
      why: 'bulk_actions_route.schema.yaml was not copied (67 kB, mostly examples)',
    },
    {
      method: 'post',
      path: '/internal/detection_engine/prebuilt_rules/installation/_perform',
      why: 'defined in TypeScript (io-ts) only',
    },
    {
      method: 'get',
      path: '/internal/detection_engine/prebuilt_rules/status',
      why: 'defined in TypeScript only',
    },
    {
      method: 'post',
      path: '/internal/detection_engine/health/_rule',
      why: 'defined in TypeScript only',
    },
  ];

function templateMatcher(template: string): (path: string) => Record<string, string> | null {
  const names: string[] = [];
  const source = template
    .split('/')
    .map((segment) => {
      const param = /^\{([^}]+)\}$/.exec(segment);
      if (param?.[1] !== undefined) {
        names.push(param[1]);
        return '([^/]+)';
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  const pattern = new RegExp(`^${source}$`);
  return (path) => {
    const match = pattern.exec(path);
    if (!match) return null;
    return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1] ?? '')]));
  };
}

function toParameters(list: Json | undefined): OperationParameter[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isJsonObject).map((p) => ({
    name: String(p.name),
    in: p.in as OperationParameter['in'],
    required: p.required === true,
    schema: p.schema ?? {},
  }));
}

function contentSchemas(content: Json | undefined): Record<string, Json> {
  if (!isJsonObject(content)) return {};
  return Object.fromEntries(
    Object.entries(content).map(([type, media]) => [
      type,
      isJsonObject(media) ? (media.schema ?? {}) : {},
    ]),
  );
}

export function collectOperations(documents: OpenApiDocument[]): Operation[] {
  const operations: Operation[] = [];
  for (const { file, document } of documents) {
    const paths = isJsonObject(document.paths) ? document.paths : {};
    for (const [pathTemplate, item] of Object.entries(paths)) {
      if (!isJsonObject(item)) continue;
      const shared = toParameters(item.parameters);
      for (const declared of METHODS) {
        const op = item[declared];
        if (!isJsonObject(op)) continue;
        const operationId = String(op.operationId ?? `${declared} ${pathTemplate}`);
        const own = toParameters(op.parameters);
        const body = isJsonObject(op.requestBody) ? op.requestBody : undefined;
        const responses: Record<string, Record<string, Json>> = {};
        for (const [status, response] of Object.entries(
          isJsonObject(op.responses) ? op.responses : {},
        )) {
          responses[status] = isJsonObject(response) ? contentSchemas(response.content) : {};
        }
        operations.push({
          operationId,
          method: METHOD_CORRECTIONS[operationId] ?? declared,
          pathTemplate,
          file,
          parameters: [
            ...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)),
            ...own,
          ],
          requestBody: body && {
            required: body.required === true,
            content: contentSchemas(body.content),
          },
          responses,
          matches: templateMatcher(pathTemplate),
        });
      }
    }
  }
  return operations;
}

export interface RoutedPath {
  /** The path without a `/s/<space>` prefix and without a query string. */
  path: string;
  space: string;
  /** Query parameters found in the path's own query string. */
  query: Record<string, string | string[]>;
}

/** Splits `/s/<space>/api/...?a=1` into the space, the route path and its query string. */
export function routePath(rawPath: string): RoutedPath {
  const [pathPart = '', search = ''] = rawPath.split('?', 2);
  const spaced = /^\/s\/([^/]+)(\/.*)$/.exec(pathPart);
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const prev = query[key];
    query[key] =
      prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return {
    path: spaced?.[2] ?? pathPart,
    space: spaced?.[1] !== undefined ? decodeURIComponent(spaced[1]) : 'default',
    query,
  };
}

export function findOperation(
  operations: Operation[],
  method: string,
  path: string,
): { operation: Operation; pathParams: Record<string, string> } | null {
  const wanted = method.toLowerCase();
  for (const operation of operations) {
    if (operation.method !== wanted) continue;
    const pathParams = operation.matches(path);
    if (pathParams) return { operation, pathParams };
  }
  return null;
}

export function isJsonContent(contentType: string): boolean {
  return contentType === 'application/json';
}
