// The handles Jest's global setup leaves for its global teardown; both run in Jest's main process.
import type { CompatProxy } from '../engine/compat_proxy';
import type { EngineHandle } from '../engine/launcher';

export interface TestStackState {
  /** Started here (engines named by a preset variable are not listed: they are not ours to stop). */
  engines: EngineHandle[];
  proxies: CompatProxy[];
  /** Variables the setup set, removed again by the teardown. */
  variables: string[];
}

const STATE_KEY = Symbol.for('ssm-recon-rule.test-stack');

type GlobalWithState = typeof globalThis & { [STATE_KEY]?: TestStackState };

export function getTestStackState(): TestStackState {
  const holder = globalThis as GlobalWithState;
  holder[STATE_KEY] ??= { engines: [], proxies: [], variables: [] };
  return holder[STATE_KEY];
}
