// The live trickle's slices: contiguous, deterministic, at the configured rate, with a new
// reconnaissance pair every few minutes that the rule would see as a first-time term.

import { generateCloudTrail } from './generate';
import { LiveTrickle, startTrickle } from './live_trickle';
import { matchesRuleQuery, newTermsKey } from './rule_query_match';
import { MINUTE } from './timing';
import type { Client } from '@elastic/elasticsearch';

const START = Date.parse('2026-03-01T12:00:00.000Z');
const WORLD = { seed: 'trickle-test', accounts: 3, usersPerAccount: 6 };

describe('LiveTrickle.slice', () => {
  const trickle = new LiveTrickle({ ...WORLD, eventsPerSecond: 4, reconEveryMinutes: 3 });

  it('is deterministic and adjacent slices add up to the whole range', () => {
    const whole = trickle.slice(START, START + 10 * MINUTE);
    const parts = [
      trickle.slice(START, START + 4 * MINUTE + 333),
      trickle.slice(START + 4 * MINUTE + 333, START + 10 * MINUTE),
    ];
    expect(JSON.stringify(parts.flatMap((p) => p.documents))).toBe(JSON.stringify(whole.documents));
    expect(parts.flatMap((p) => p.recon)).toEqual(whole.recon);
    expect(JSON.stringify(new LiveTrickle(trickle.options).slice(START, START + 10 * MINUTE))).toBe(
      JSON.stringify(whole),
    );
  });

  it('emits background at the configured rate, everything ingested inside the slice', () => {
    const { documents } = trickle.slice(START, START + MINUTE);
    const background = documents.filter((d) => !matchesRuleQuery(d.doc, d.index));
    expect(background.length).toBeGreaterThanOrEqual(240);
    expect(background.length).toBeLessThanOrEqual(240 + 20);
    for (const d of documents) {
      const ingested = Date.parse(d.doc.event.ingested!);
      expect(ingested).toBeGreaterThanOrEqual(START);
      expect(ingested).toBeLessThan(START + MINUTE);
    }
  });

  it('plants a brand-new reconnaissance pair about every 3 minutes, matching the rule', () => {
    const { documents, recon } = trickle.slice(START, START + 30 * MINUTE);
    expect(recon.length).toBeGreaterThanOrEqual(9);
    expect(recon.length).toBeLessThanOrEqual(11);
    const pairs = recon.map((p) => `${p.accountId}/${p.userName}`);
    expect(new Set(pairs).size).toBe(recon.length);
    const known = new Set(trickle.world.actors.map((a) => `${a.account.id}/${a.principalName}`));
    for (const pair of recon) {
      expect(known.has(`${pair.accountId}/${pair.userName}`)).toBe(false);
      const first = documents.find(
        (d) =>
          matchesRuleQuery(d.doc, d.index) &&
          newTermsKey(d.doc) === `${pair.accountId}/${pair.userName}`,
      );
      expect(first?.doc.event.ingested).toBe(pair.firstIngested);
    }
  });

  it("continues the bulk load's organisation and its automation", () => {
    const load = generateCloudTrail({ ...WORLD, now: START, days: 2, eventsPerDay: 10 });
    const quiet = new LiveTrickle({ ...WORLD, eventsPerSecond: 0.1, reconEveryMinutes: 30 });
    const { documents } = quiet.slice(START, START + 2 * 60 * MINUTE);
    const automation = new Set(
      load.manifest.dailyAutomation.map((p) => `${p.accountId}/${p.userName}`),
    );
    const seen = new Set(
      documents.filter((d) => matchesRuleQuery(d.doc, d.index)).map((d) => newTermsKey(d.doc)),
    );
    for (const pair of automation) expect(seen.has(pair)).toBe(true);
    expect(load.manifest.accounts.map((a) => a.id)).toEqual(
      trickle.world.accounts.map((a) => a.id),
    );
  });
});

describe('startTrickle', () => {
  it('ships each due slice with create operations and reports planted pairs', async () => {
    const requests: Array<Array<Record<string, unknown>>> = [];
    let failNext = true;
    const client = {
      bulk: async ({ operations }: { operations: Array<Record<string, unknown>> }) => {
        // The first request fails as a timeout would: the slice must be shipped again, not lost.
        if (failNext) {
          failNext = false;
          throw new Error('Request timed out');
        }
        requests.push(operations);
        const items = operations
          .filter((op) => 'create' in op)
          .map(() => ({ create: { status: 201 } }));
        return { errors: false, items };
      },
    } as unknown as Client;
    let now = START;
    const planted: string[] = [];
    const errors: unknown[] = [];
    const trickle = new LiveTrickle({ ...WORLD, eventsPerSecond: 2, reconEveryMinutes: 1 });
    const handle = startTrickle(trickle, {
      client,
      fromMs: START,
      tickMs: 5,
      clock: () => now,
      onRecon: (pair) => planted.push(pair.userName),
      onError: (error) => errors.push(error),
    });
    for (let i = 0; i < 10; i++) {
      now += MINUTE;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const stats = await handle.stop();
    const shipped = requests.flat().filter((op) => 'create' in op);
    expect(errors).toHaveLength(1);
    expect(stats.documents).toBe(shipped.length);
    const expected = trickle.slice(START, stats.untilMs).documents;
    expect(shipped.map((op) => (op as { create: { _id: string } }).create._id)).toEqual(
      expected.map((d) => d.doc.event.id),
    );
    expect(stats.recon.map((p) => p.userName)).toEqual(planted);
    expect(planted.length).toBeGreaterThanOrEqual(7);
    expect(requests[0][0]).toEqual({
      create: { _index: 'logs-aws.cloudtrail-default', _id: expected[0].doc.event.id },
    });
  });
});
