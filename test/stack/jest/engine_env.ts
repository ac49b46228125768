// The environment variables through which the Jest global setup hands its engines to the test files: one node and
// one compatibility proxy per engine kind, and the pair a test file uses by default.
import {
  ENGINE_ENV,
  ENGINE_KINDS,
  engineFromEnv,
  otherEngine,
  type EngineKind,
} from '../engine/engine_kind';

/** The raw engine of one kind (no proxy, no authentication). */
export function engineUrlVar(kind: EngineKind): string {
  return `ENGINE_URL_${kind.toUpperCase()}`;
}

/** The compatibility proxy in front of one kind's engine (for an unmodified official client). */
export function proxyUrlVar(kind: EngineKind): string {
  return `ELASTICSEARCH_URL_${kind.toUpperCase()}`;
}

/** The JVM of one kind's engine. */
export function enginePidVar(kind: EngineKind): string {
  return `ENGINE_PID_${kind.toUpperCase()}`;
}

/**
 * Makes `kind` the engine of the test file: ENGINE_URL, ELASTICSEARCH_URL, ENGINE_PID and SSM_RECON_ENGINE then
 * name it. Throws when the global setup did not start that engine.
 */
export function selectEngine(kind: EngineKind, env: NodeJS.ProcessEnv): void {
  const url = env[engineUrlVar(kind)];
  const proxy = env[proxyUrlVar(kind)];
  if (!url || !proxy) {
    throw new Error(
      `${engineUrlVar(kind)} is not set: the Jest global setup did not start ${kind}`,
    );
  }
  env.ENGINE_URL = url;
  env.ELASTICSEARCH_URL = proxy;
  env[ENGINE_ENV] = kind;
  const pid = env[enginePidVar(kind)];
  if (pid) env.ENGINE_PID = pid;
  else delete env.ENGINE_PID;
}

/** Every engine a full run starts: the default one for all suites, the other for the engine-sensitive ones. */
export function enginesOfRun(env: NodeJS.ProcessEnv): EngineKind[] {
  const primary = engineFromEnv(env);
  return [primary, otherEngine(primary)].filter((kind) => ENGINE_KINDS.includes(kind));
}
