// The live trickle must continue the organisation the bulk load generated: same seed, accounts, users, shares.
import type { ResolvedOptions } from '../data/generator_options';
import type { TrickleOptions } from '../data/live_trickle';

export interface TrickleRate {
  eventsPerSecond: number;
  reconEveryMinutes: number;
}

export function trickleOptionsFor(generated: ResolvedOptions, rate: TrickleRate): TrickleOptions {
  return {
    seed: generated.seed,
    accounts: generated.accounts,
    usersPerAccount: generated.usersPerAccount,
    namespace: generated.namespace,
    automationPerAccount: generated.automationPerAccount,
    automationIntervalMinutes: generated.automationIntervalMinutes,
    missingIngestedShare: generated.missingIngestedShare,
    filebeatShare: generated.filebeatShare,
    filebeatVersion: generated.filebeatVersion,
    flattened: generated.flattened,
    preserveOriginal: generated.preserveOriginal,
    eventsPerSecond: rate.eventsPerSecond,
    reconEveryMinutes: rate.reconEveryMinutes,
  };
}
