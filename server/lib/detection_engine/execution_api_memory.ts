// Remembers which execution-results API each Kibana offers, so the probe happens once per Kibana, not per call.
import type { ExecutionResultsApi } from './execution_results';

export class ExecutionApiMemory {
  private readonly known = new Map<string, ExecutionResultsApi>();

  get(kibana: string): ExecutionResultsApi | undefined {
    return this.known.get(kibana);
  }

  set(kibana: string, api: ExecutionResultsApi): void {
    this.known.set(kibana, api);
  }
}

/** One memory per process: Kibana hosts build a client per request, and the answer outlives the request. */
export const processExecutionApiMemory = new ExecutionApiMemory();
