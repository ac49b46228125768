// Kibana's `transformError` for search-engine failures: the engine's status and message, Detection
// Engine shape. A failure without an HTTP status of its own (a dead or unreachable engine reports 0 or none)
// is Kibana's 500 with the client's message, never Node's refusal to write an invalid status.
import { siemError, type KibanaHttpError } from './kibana_error';

export function engineError(error: unknown): KibanaHttpError {
  const status = (error as { meta?: { statusCode?: number } }).meta?.statusCode;
  const valid = typeof status === 'number' && status >= 400 && status <= 599;
  return siemError(valid ? status : 500, (error as Error).message);
}
