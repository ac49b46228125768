// Checks a Detection Engine request (or response) against Kibana's own OpenAPI contract: finds the operation by
// method and path template, then validates path parameters, query and JSON body with Ajv.
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { convertSchema } from './convert_schema';
import { formatAjvErrors } from './format_errors';
import { addKibanaFormats } from './formats';
import type { Json, JsonObject } from './json';
import { isJsonObject } from './json';
import { DEFAULT_OPENAPI_DIR, loadRouteDocuments } from './load_documents';
import type { Operation, OperationParameter } from './operations';
import { collectOperations, findOperation, isJsonContent, routePath } from './operations';

export type QueryValue =
  string | number | boolean | ReadonlyArray<string | number | boolean> | undefined;

export interface ContractRequest {
  method: string;
  /** The request path, optionally with a `/s/<space>` prefix and a query string. */
  path: string;
  query?: Readonly<Record<string, QueryValue>>;
  body?: unknown;
}

export interface ContractResponse {
  method: string;
  path: string;
  status: number;
  body?: unknown;
}

export interface ContractResult {
  valid: boolean;
  /** The operation the request was matched to; null when no contract covers it. */
  operationId: string | null;
  errors: string[];
}

const AJV_OPTIONS = {
  strict: true,
  // Kibana's files rely on allOf composition and required-without-type; these checks are style, not meaning.
  strictTypes: false,
  strictRequired: false,
  strictTuples: false,
  allowUnionTypes: true,
  allErrors: true,
} as const;

export class ContractValidator {
  private readonly bodyAjv = addKibanaFormats(new Ajv(AJV_OPTIONS));
  // Query and path values arrive as strings: coerce them like Kibana's request parsing does.
  private readonly paramAjv = addKibanaFormats(new Ajv({ ...AJV_OPTIONS, coerceTypes: 'array' }));
  private readonly compiled = new WeakMap<object, ValidateFunction>();
  private readonly memo = new WeakMap<object, Json>();

  constructor(readonly operations: Operation[]) {}

  /** The operation a method and path resolve to, or null (see KNOWN_CONTRACT_GAPS). */
  operationFor(method: string, path: string): Operation | null {
    return findOperation(this.operations, method, routePath(path).path)?.operation ?? null;
  }

  validateRequest(request: ContractRequest): ContractResult {
    const routed = routePath(request.path);
    const found = findOperation(this.operations, request.method, routed.path);
    if (!found) {
      return {
        valid: false,
        operationId: null,
        errors: [`no Kibana OpenAPI contract for ${request.method.toUpperCase()} ${routed.path}`],
      };
    }
    const { operation, pathParams } = found;
    const query = { ...routed.query, ...(request.query ?? {}) };
    const errors = [
      ...this.checkParameters(operation, 'path', pathParams),
      ...this.checkParameters(operation, 'query', query),
      ...this.checkRequestBody(operation, request.body),
    ];
    return { valid: errors.length === 0, operationId: operation.operationId, errors };
  }

  /** Checks a JSON response body against the schema documented for its status; undocumented statuses pass. */
  validateResponse(response: ContractResponse): ContractResult {
    const routed = routePath(response.path);
    const found = findOperation(this.operations, response.method, routed.path);
    if (!found) {
      return {
        valid: false,
        operationId: null,
        errors: [`no Kibana OpenAPI contract for ${response.method.toUpperCase()} ${routed.path}`],
      };
    }
    const { operation } = found;
    const content =
      operation.responses[String(response.status)] ?? operation.responses.default ?? {};
    const schema = content['application/json'];
    const errors = schema === undefined ? [] : this.checkJson('response', schema, response.body);
    return { valid: errors.length === 0, operationId: operation.operationId, errors };
  }

  private checkParameters(
    operation: Operation,
    location: 'path' | 'query',
    values: Readonly<Record<string, QueryValue>>,
  ): string[] {
    const declared = operation.parameters.filter((p) => p.in === location);
    if (declared.length === 0) return [];
    const schema: JsonObject = {
      type: 'object',
      properties: Object.fromEntries(
        declared.map((p: OperationParameter) => [p.name, convertSchema(p.schema, this.memo)]),
      ),
      required: declared.filter((p) => p.required).map((p) => p.name),
    };
    const data: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) {
      if (value !== undefined) data[key] = Array.isArray(value) ? [...value] : value;
    }
    const validate = this.compile(this.paramAjv, schema);
    return validate(data) ? [] : formatAjvErrors(location, validate.errors, data);
  }

  private checkRequestBody(operation: Operation, body: unknown): string[] {
    const requestBody = operation.requestBody;
    if (!requestBody) return [];
    if (body === undefined) return requestBody.required ? ['body is required'] : [];
    const jsonType = Object.keys(requestBody.content).find(isJsonContent);
    // Multipart uploads (rule import) are not JSON: nothing to check here.
    if (jsonType === undefined) return [];
    return this.checkJson('body', requestBody.content[jsonType] ?? {}, body);
  }

  private checkJson(location: string, rawSchema: Json, data: unknown): string[] {
    const schema = convertSchema(rawSchema, this.memo);
    const branch = selectTypeBranch(schema, data);
    if (typeof branch === 'string') return [`${location}${branch}`];
    const validate = this.compile(this.bodyAjv, branch);
    return validate(data) ? [] : formatAjvErrors(location, validate.errors, data);
  }

  private compile(ajv: Ajv, schema: Json): ValidateFunction {
    const key = isJsonObject(schema) ? schema : { schema };
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = ajv.compile(schema as object | boolean);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

/** The rule types a union branch admits, read from the `type` enums inside its allOf tree. */
function branchTypes(schema: Json): string[] {
  if (!isJsonObject(schema)) return [];
  const own =
    isJsonObject(schema.properties) && isJsonObject(schema.properties.type)
      ? schema.properties.type.enum
      : undefined;
  const nested = Array.isArray(schema.allOf) ? schema.allOf.flatMap(branchTypes) : [];
  return [...(Array.isArray(own) ? own.map(String) : []), ...nested];
}

/**
 * For a union of rule types (Kibana's `anyOf` with a removed discriminator) and a body carrying `type`, validates
 * only the branch of that type, so errors speak of one rule type instead of all eight. Returns an error suffix when
 * the type matches no branch.
 */
function selectTypeBranch(schema: Json, data: unknown): Json | string {
  if (!isJsonObject(schema) || !Array.isArray(schema.anyOf) || !isJsonObject(data)) return schema;
  if (typeof data.type !== 'string') return schema;
  const branches = schema.anyOf.map((b) => ({ schema: b, types: branchTypes(b) }));
  if (branches.some((b) => b.types.length === 0)) return schema;
  const matching = branches.filter((b) => b.types.includes(data.type as string));
  if (matching.length === 1 && matching[0] !== undefined) return matching[0].schema;
  if (matching.length === 0) {
    const known = [...new Set(branches.flatMap((b) => b.types))].sort();
    return `/type must be one of ${JSON.stringify(known)} (got ${JSON.stringify(data.type)})`;
  }
  return schema;
}

let shared: Promise<ContractValidator> | undefined;

/** Loads (once per process) the validator over the copied Kibana OpenAPI files. */
export function loadContractValidator(
  dir: string = DEFAULT_OPENAPI_DIR,
): Promise<ContractValidator> {
  if (dir !== DEFAULT_OPENAPI_DIR)
    return loadRouteDocuments(dir).then((d) => new ContractValidator(collectOperations(d)));
  shared ??= loadRouteDocuments(dir).then((d) => new ContractValidator(collectOperations(d)));
  return shared;
}
