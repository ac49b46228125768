// Jest global setup: both embedded engines (Elasticsearch 8.19 and OpenSearch 2.19), each with a compatibility proxy,
// for the whole run. The run's default engine (SSM_RECON_ENGINE, else Elasticsearch) serves every suite; the other
// serves the engine-sensitive suites' second project (jest.config.js). See engine_env.ts for the variables.
import { startCompatProxy } from '../engine/compat_proxy';
import { engineFromEnv, type EngineKind } from '../engine/engine_kind';
import { startEngine } from '../engine/launcher';
import { enginePidVar, enginesOfRun, engineUrlVar, proxyUrlVar, selectEngine } from './engine_env';
import { engineNeeded } from './engine_needed';
import type { JestRunSelection } from './engine_needed';
import { getTestStackState, type TestStackState } from './stack_state';

export default async function globalSetup(globalConfig: JestRunSelection): Promise<void> {
  if (!engineNeeded(globalConfig, process.env)) {
    return;
  }
  const state = getTestStackState();
  const primary = engineFromEnv(process.env);
  // Started side by side: each JVM spends most of its start waiting on itself.
  const results = await Promise.allSettled(
    enginesOfRun(process.env).map((kind) => provideEngine(kind, state)),
  );
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) {
    throw (failed as PromiseRejectedResult).reason;
  }
  const before = new Set(Object.keys(process.env));
  selectEngine(primary, process.env);
  state.variables.push(...Object.keys(process.env).filter((name) => !before.has(name)));
}

/** Starts one kind's engine and proxy, unless its URL variables name running ones (reused, left alone). */
async function provideEngine(kind: EngineKind, state: TestStackState): Promise<void> {
  const urlVar = engineUrlVar(kind);
  if (!process.env[urlVar]) {
    const engine = await startEngine({ kind });
    state.engines.push(engine);
    process.env[urlVar] = engine.url;
    process.env[enginePidVar(kind)] = String(engine.pid);
    state.variables.push(urlVar, enginePidVar(kind));
  }
  const proxyVar = proxyUrlVar(kind);
  if (!process.env[proxyVar]) {
    const proxy = await startCompatProxy(process.env[urlVar] as string);
    state.proxies.push(proxy);
    process.env[proxyVar] = proxy.url;
    state.variables.push(proxyVar);
  }
}
