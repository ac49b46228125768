// Builds an official Elastic client wired to the embedded engine (Elasticsearch or OpenSearch) through the
// compatibility transport.
import { Client } from '@elastic/elasticsearch';
import { OpenSearchCompatTransport } from './compat_transport';

/** The URL of the engine started for this test run, set by the Jest global setup. */
export function testEngineUrl(): string {
  const url = process.env.ENGINE_URL;
  if (!url) {
    throw new Error(
      'ENGINE_URL is not set: run the tests through Jest so its global setup starts the engine',
    );
  }
  return url;
}

/** A client that talks to an engine directly (default: the engine of this test file). */
export function createTestEsClient(url: string = testEngineUrl()): Client {
  return new Client({
    node: url,
    Transport: OpenSearchCompatTransport,
    maxRetries: 0,
    requestTimeout: 30_000,
  });
}
