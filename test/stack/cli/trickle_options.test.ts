// Unit test: the live trickle continues the organisation of the bulk load it follows.
import { generateCloudTrail } from '../data/generate';
import { LiveTrickle } from '../data/live_trickle';
import { trickleOptionsFor } from './trickle_options';

describe('trickleOptionsFor', () => {
  it('carries every world option of the generated data and the live rate', () => {
    const data = generateCloudTrail({
      seed: 'x',
      accounts: 5,
      usersPerAccount: 3,
      days: 1,
      eventsPerDay: 0,
      now: Date.UTC(2025, 0, 1),
    });
    const options = trickleOptionsFor(data.options, { eventsPerSecond: 2, reconEveryMinutes: 7 });
    expect(options).toMatchObject({ seed: 'x', accounts: 5, usersPerAccount: 3 });
    expect(options).toMatchObject({ eventsPerSecond: 2, reconEveryMinutes: 7 });
    // The same accounts and principals as the bulk load: live documents belong to the loaded organisation.
    const live = new LiveTrickle(options).world;
    expect(live.accounts.map((a) => a.id)).toEqual(data.world.accounts.map((a) => a.id));
    expect(JSON.stringify(live)).toBe(JSON.stringify(data.world));
  });
});
