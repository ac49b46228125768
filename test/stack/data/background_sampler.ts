// Draws one everyday CloudTrail event: which principal, which call, success or failure.

import { ACTIVITY_PROFILES, type ProfileEntry } from './activity_profiles';
import type { ApiCall } from './api_call';
import { BACKGROUND_CALLS } from './background_calls';
import type { CloudTrailRecord } from './cloudtrail_record';
import { buildRecord } from './record_builder';
import type { Rng } from './rng';
import { RECON_READ_CALLS } from './ssm_recon_calls';
import type { Actor, World } from './world';

export class BackgroundSampler {
  private readonly actors: Actor[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(world: World) {
    this.actors = world.actors;
    let sum = 0;
    this.cumulative = world.actors.map((actor) => (sum += actor.weight));
    this.total = sum;
  }

  private pickActor(rng: Rng): Actor {
    const roll = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > roll) hi = mid;
      else lo = mid + 1;
    }
    return this.actors[lo];
  }

  /** A background record for a call made at `eventMs`. Never a successful inventory call. */
  sample(rng: Rng, eventMs: number): CloudTrailRecord {
    const actor = this.pickActor(rng);
    const entry: ProfileEntry = rng.weighted(ACTIVITY_PROFILES[actor.profile]);
    if (entry === 'denied-recon') {
      const call: ApiCall = rng.pick(RECON_READ_CALLS);
      return buildRecord({ actor, call, eventMs, rng, fail: true, denied: true });
    }
    const call: ApiCall = BACKGROUND_CALLS[entry];
    return buildRecord({ actor, call, eventMs, rng, fail: rng.chance(actor.failureRate) });
  }
}
