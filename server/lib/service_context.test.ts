// The host's per-caller contexts against a small fake Kibana: each caller's own Authorization, the space prefix,
// and one probe of the execution-results API shared by every caller.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KibanaRequestEvent } from './detection_engine/kibana_transport';
import { silentLogger } from './logger';
import { loadBundledRule } from './rule_files';
import { createHostContextFactory, type HostContextFactory } from './service_context';

const RULE = { id: 'so-1', rule_id: 'r-1', name: 'Rule', version: 1, enabled: false };
const QUERY = {
  from: new Date('2025-01-01T00:00:00Z'),
  to: new Date('2025-01-02T00:00:00Z'),
  perPage: 20,
};

interface Asked {
  method: string;
  url: string;
  authorization: string | undefined;
}

describe('createHostContextFactory', () => {
  const asked: Asked[] = [];
  // A Kibana with the rule and only the older GET form of the execution-results API.
  const kibana = http.createServer((req, res) => {
    asked.push({
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
    });
    req.resume();
    const legacyOnly = req.method === 'POST' && req.url?.includes('/execution/results');
    res.writeHead(legacyOnly ? 405 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(req.url?.includes('/execution') ? { events: [], total: 0 } : RULE));
  });
  let contexts: HostContextFactory;
  const events: KibanaRequestEvent[] = [];

  beforeAll(async () => {
    await new Promise<void>((resolve) => kibana.listen(0, '127.0.0.1', resolve));
    const { port } = kibana.address() as AddressInfo;
    contexts = createHostContextFactory(
      {
        elasticsearchUrl: 'http://127.0.0.1:9',
        kibanaUrl: `http://127.0.0.1:${port}/`,
        spaceId: 'team-a',
        timeoutMs: 2000,
      },
      (await loadBundledRule()).definition,
      silentLogger,
      (event) => events.push(event),
    );
  });
  afterAll(async () => {
    await contexts.close();
    kibana.closeAllConnections();
    await new Promise((resolve) => kibana.close(resolve));
  });

  it("acts with each caller's own Authorization, in the host's space", async () => {
    const alice = contexts.forAuthorization('ApiKey alice');
    const bob = contexts.forAuthorization('Basic Ym9iOnB3');
    expect(alice.spaceId).toBe('team-a');
    expect(await alice.detectionEngine.readRule({ id: 'so-1' })).toMatchObject({ rule_id: 'r-1' });
    expect(await bob.detectionEngine.readRule({ id: 'so-1' })).toMatchObject({ rule_id: 'r-1' });
    expect(asked.map((a) => [a.authorization, new URL(a.url, 'http://x').pathname])).toEqual([
      ['ApiKey alice', '/s/team-a/api/detection_engine/rules'],
      ['Basic Ym9iOnB3', '/s/team-a/api/detection_engine/rules'],
    ]);
    expect(events.map((e) => e.status)).toEqual([200, 200]);
  });

  it('learns the execution-results API once for all callers', async () => {
    asked.length = 0;
    const first = await contexts
      .forAuthorization('ApiKey alice')
      .detectionEngine.getExecutionResults('so-1', QUERY);
    const second = await contexts
      .forAuthorization('ApiKey bob')
      .detectionEngine.getExecutionResults('so-1', QUERY);
    expect([first.api, second.api]).toEqual(['get', 'get']);
    expect(asked.map((a) => a.method)).toEqual(['POST', 'GET', 'GET']);
  });
});
