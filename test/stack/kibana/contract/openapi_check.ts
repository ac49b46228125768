// Adapts the project's OpenAPI contract validator to the emulator: its errors, sorted by request part.
import { loadContractValidator } from '../../openapi';
import type { ContractProblem, OpenApiCheck } from './request_contract';

function partOf(error: string): ContractProblem['part'] {
  if (error.startsWith('query')) return 'query';
  if (error.startsWith('path')) return 'params';
  return 'body';
}

export async function loadOpenApiCheck(): Promise<OpenApiCheck> {
  const validator = await loadContractValidator();
  return (request) => {
    const result = validator.validateRequest({
      method: request.method,
      path: request.path,
      query: request.query,
      body: request.body,
    });
    return result.valid ? [] : result.errors.map((message) => ({ part: partOf(message), message }));
  };
}
