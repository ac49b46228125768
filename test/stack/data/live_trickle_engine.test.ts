// The live trickle against the real engine: documents keep arriving with event.ingested ≈ now, and a
// first-time reconnaissance pair shows up within the rule's look-back.

import type { Client } from '@elastic/elasticsearch';
import { createTestEsClient } from '../engine/test_client';
import { installCloudTrailTemplates } from '../templates/install_templates';
import { LiveTrickle, startTrickle } from './live_trickle';
import type { PlantedPair } from './manifest';

const NAMESPACE = `itest_live${process.pid}${Date.now().toString(36)}`;
const DATA_STREAM = `logs-aws.cloudtrail-${NAMESPACE}`;

describe('live trickle into the engine', () => {
  let client: Client;

  beforeAll(async () => {
    client = createTestEsClient();
    await installCloudTrailTemplates(client, { namespaces: [NAMESPACE] });
  });

  afterAll(async () => {
    await client.indices.deleteDataStream({ name: DATA_STREAM }, { ignore: [404] });
    await client.indices.deleteIndexTemplate({ name: DATA_STREAM }, { ignore: [404] });
    await client.close();
  });

  it('indexes what is due every tick, reconnaissance included', async () => {
    // Start 20 minutes back so the first tick already holds a complete reconnaissance burst.
    const fromMs = Date.now() - 20 * 60_000;
    const trickle = new LiveTrickle({
      namespace: NAMESPACE,
      eventsPerSecond: 2,
      reconEveryMinutes: 3,
    });
    const recon: PlantedPair[] = [];
    const errors: unknown[] = [];
    const handle = startTrickle(trickle, {
      client,
      fromMs,
      tickMs: 500,
      onRecon: (pair) => recon.push(pair),
      onError: (error) => errors.push(error),
    });
    // The first tick catches up 20 minutes; then ticks follow every half second.
    const deadline = Date.now() + 90_000;
    while (handle.stats().ticks < 3 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const stats = await handle.stop();
    expect(errors).toEqual([]);
    expect(stats.ticks).toBeGreaterThanOrEqual(3);
    expect(recon.length).toBeGreaterThanOrEqual(4);

    await client.indices.refresh({ index: DATA_STREAM });
    expect((await client.count({ index: DATA_STREAM })).count).toBe(stats.documents);
    const newest = await client.search<{ event: { ingested: string } }>({
      index: DATA_STREAM,
      size: 1,
      sort: [{ 'event.ingested': 'desc' }],
    });
    const newestIngested = Date.parse(newest.hits.hits[0]._source!.event.ingested);
    expect(Date.now() - newestIngested).toBeLessThan(60_000);
    const pair = recon[recon.length - 1];
    const hits = await client.count({
      index: DATA_STREAM,
      query: {
        bool: {
          filter: [
            { term: { 'cloud.account.id': pair.accountId } },
            { term: { 'user.name': pair.userName } },
            { term: { 'event.outcome': 'success' } },
            { terms: { 'event.action': pair.actions } },
          ],
        },
      },
    });
    expect(hits.count).toBeGreaterThanOrEqual(1);
  }, 150_000);
});
