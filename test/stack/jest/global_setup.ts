// Jest global setup: one embedded OpenSearch node and one compatibility proxy for the whole run, published to the
// test files as OPENSEARCH_URL (direct) and ELASTICSEARCH_URL (proxy, for an unmodified official client).
import { startCompatProxy } from '../engine/compat_proxy';
import { startEngine } from '../engine/launcher';
import { engineNeeded } from './engine_needed';
import type { JestRunSelection } from './engine_needed';
import { getTestStackState } from './stack_state';

export default async function globalSetup(globalConfig: JestRunSelection): Promise<void> {
  if (!engineNeeded(globalConfig, process.env)) {
    return;
  }
  const state = getTestStackState();
  // An engine that is already running (OPENSEARCH_URL set by the caller) is reused and left alone.
  if (!process.env.OPENSEARCH_URL) {
    state.engine = await startEngine();
    process.env.OPENSEARCH_URL = state.engine.url;
    process.env.OPENSEARCH_PID = String(state.engine.pid);
  }
  if (!process.env.ELASTICSEARCH_URL) {
    state.proxy = await startCompatProxy(process.env.OPENSEARCH_URL);
    process.env.ELASTICSEARCH_URL = state.proxy.url;
  }
}
