// Checks a request against its route's contract and turns problems into Kibana's 400
// (`[request query]: …` / `[request body]: …`), marked as a contract violation.
import { platformError } from '../http/kibana_error';
import type { EmulatorRequest } from '../http/emulator_request';
import type { RouteDefinition } from '../http/route_definition';
import { checkWithCodec } from './codec_check';
import type { ContractProblem, OpenApiCheck } from './request_contract';

const PART_ORDER: ReadonlyArray<ContractProblem['part']> = ['params', 'query', 'body'];

export function checkContract<C>(
  route: RouteDefinition<C>,
  request: EmulatorRequest,
  openApiCheck: OpenApiCheck,
): void {
  const contract = route.contract;
  let problems: ContractProblem[];
  if (contract.kind === 'openapi') {
    problems = openApiCheck({
      method: route.method,
      path: request.path,
      query: request.query,
      body: request.body,
    });
  } else {
    problems = [
      ...(contract.query
        ? checkWithCodec(contract.query, request.query, contract.rejectUnknownKeys).map(
            (message) => ({
              part: 'query' as const,
              message,
            }),
          )
        : []),
      ...(contract.body
        ? checkWithCodec(contract.body, request.body ?? {}, contract.rejectUnknownKeys).map(
            (message) => ({
              part: 'body' as const,
              message,
            }),
          )
        : []),
    ];
  }
  for (const part of PART_ORDER) {
    const messages = problems.filter((problem) => problem.part === part).map((p) => p.message);
    if (messages.length > 0) {
      throw platformError(400, `[request ${part}]: ${messages.join(', ')}`, {
        contractViolation: true,
      });
    }
  }
}
