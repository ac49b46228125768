// Jest global teardown: stops what the global setup started (the JVMs by their process ids) and deletes their temp
// dirs.
import { getTestStackState } from './stack_state';

export default async function globalTeardown(): Promise<void> {
  const state = getTestStackState();
  const { engines, proxies, variables } = state;
  state.engines = [];
  state.proxies = [];
  state.variables = [];
  await Promise.all(proxies.map((proxy) => proxy.stop()));
  await Promise.all(engines.map((engine) => engine.stop()));
  for (const name of variables) delete process.env[name];
}
