// The handles Jest's global setup leaves for its global teardown; both run in Jest's main process.
import type { CompatProxy } from '../engine/compat_proxy';
import type { EngineHandle } from '../engine/launcher';

export interface TestStackState {
  engine?: EngineHandle;
  proxy?: CompatProxy;
}

const STATE_KEY = Symbol.for('ssm-recon-rule.test-stack');

type GlobalWithState = typeof globalThis & { [STATE_KEY]?: TestStackState };

export function getTestStackState(): TestStackState {
  const holder = globalThis as GlobalWithState;
  holder[STATE_KEY] ??= {};
  return holder[STATE_KEY];
}
