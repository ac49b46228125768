// A client of this run's search engine for integration set-ups that create data streams and load data: the
// engine may share a small, busy machine, so requests get a long time and are never retried.
import { Client } from '@elastic/elasticsearch';
import { OpenSearchCompatTransport } from '../../stack/engine/compat_transport';
import { testEngineUrl } from '../../stack/engine/test_client';

/** Long enough for a data stream's creation on a loaded machine. */
const PATIENT_TIMEOUT_MS = 180_000;

export function createPatientEsClient(): Client {
  return new Client({
    node: testEngineUrl(),
    Transport: OpenSearchCompatTransport,
    // A bulk request retried after a timeout would index its documents twice and break exact counts.
    maxRetries: 0,
    requestTimeout: PATIENT_TIMEOUT_MS,
  });
}
