// Kibana's `transformError` for search-engine failures: the engine's status and message, Detection
// Engine shape.
import { siemError, type KibanaHttpError } from './kibana_error';

export function engineError(error: unknown): KibanaHttpError {
  const meta = (error as { meta?: { statusCode?: number } }).meta;
  return siemError(meta?.statusCode ?? 500, (error as Error).message);
}
