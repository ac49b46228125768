// The stack's own client of the engine: the compatibility transport with a patient timeout, because a bulk
// request on a busy two-core machine can take far longer than a test's 30 s budget.
import { Client } from '@elastic/elasticsearch';
import { OpenSearchCompatTransport } from '../engine/compat_transport';

const REQUEST_TIMEOUT_MS = 180_000;

export function createStackClient(engineUrl: string): Client {
  return new Client({
    node: engineUrl,
    Transport: OpenSearchCompatTransport,
    maxRetries: 2,
    requestTimeout: REQUEST_TIMEOUT_MS,
  });
}
