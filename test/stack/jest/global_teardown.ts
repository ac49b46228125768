// Jest global teardown: stops what the global setup started (the JVM by its process id) and deletes its temp dir.
import { getTestStackState } from './stack_state';

export default async function globalTeardown(): Promise<void> {
  const state = getTestStackState();
  const { engine, proxy } = state;
  state.engine = undefined;
  state.proxy = undefined;
  await proxy?.stop();
  if (engine) {
    await engine.stop();
    delete process.env.OPENSEARCH_URL;
    delete process.env.OPENSEARCH_PID;
  }
  if (proxy) {
    delete process.env.ELASTICSEARCH_URL;
  }
}
