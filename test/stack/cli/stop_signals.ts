// Turns the first SIGINT or SIGTERM into an orderly stop (an abort while starting, a resolved promise once up);
// a second one exits at once — the JVM still follows, because its stdin closes with this process.
import type { Logger } from '../engine/maven_build';

export interface StopSignals {
  /** Aborted by the first SIGINT or SIGTERM. */
  signal: AbortSignal;
  /** Resolves with the signal's name when the first one arrives. */
  requested: Promise<NodeJS.Signals>;
  /** Removes the handlers (after an orderly stop). */
  dispose(): void;
}

const HANDLED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

export function listenForStop(
  log: Logger,
  label = 'stack',
  exit: (code: number) => void = process.exit,
): StopSignals {
  const controller = new AbortController();
  let resolveRequested: (name: NodeJS.Signals) => void = () => undefined;
  const requested = new Promise<NodeJS.Signals>((resolve) => (resolveRequested = resolve));
  const onSignal = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      log(`[${label}] ${name} again: exiting now`);
      exit(130);
      return;
    }
    log(`[${label}] ${name}: stopping everything`);
    controller.abort(new StopRequested(name));
    resolveRequested(name);
  };
  for (const name of HANDLED) process.on(name, onSignal);
  return {
    signal: controller.signal,
    requested,
    dispose: () => {
      for (const name of HANDLED) process.off(name, onSignal);
    },
  };
}

/** The abort reason of a stop asked for by a signal (not a failure). */
export class StopRequested extends Error {
  constructor(readonly signalName: NodeJS.Signals) {
    super(`stopped by ${signalName}`);
    this.name = 'AbortError';
  }
}
