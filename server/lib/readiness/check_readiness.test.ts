import type { Client, estypes } from '@elastic/elasticsearch';
import { loadRuleDefinition } from '../rule';
import { BUNDLED_TOML } from '../../../test/support/bundled_rule_text';
import { FakeDetectionEngine } from '../../../test/support/detection_engine/fake_detection_engine';
import { silentLogger } from '../logger';
import { NOW } from '../../../test/support/readiness/plan_and_facts';
import { checkReadiness } from './check_readiness';
import { REQUESTS_PER_PATTERN, type ReadinessEsClient } from './probe';

/** An empty cluster: nothing resolves, nothing is mapped, every search finds nothing. */
function emptyCluster(calls: string[]): ReadinessEsClient {
  const empty: estypes.MsearchResponseItem = {
    took: 0,
    timed_out: false,
    _shards: { total: 0, successful: 0, failed: 0 },
    hits: { total: { value: 0, relation: 'eq' }, hits: [] },
  };
  return {
    indices: {
      resolveIndex: async ({ name }) => {
        calls.push(`resolve ${String(name)}`);
        return { indices: [], aliases: [], data_streams: [] };
      },
    },
    fieldCaps: async ({ index }) => {
      calls.push(`field_caps ${String(index)}`);
      return { indices: [], fields: {} };
    },
    msearch: async ({ index, searches }) => {
      calls.push(`msearch ${String(index)}`);
      return {
        took: 0,
        responses: (searches ?? []).filter((_, i) => i % 2 === 1).map(() => empty),
      };
    },
  };
}

describe('the readiness service', () => {
  it('checks every pattern of the rule with three requests each and fails an empty cluster', async () => {
    const calls: string[] = [];
    const result = await checkReadiness({
      detectionEngine: new FakeDetectionEngine(),
      elasticsearch: emptyCluster(calls) as unknown as Client,
      rule: loadRuleDefinition(BUNDLED_TOML),
      spaceId: 'default',
      logger: silentLogger,
      now: () => NOW,
    });
    expect(calls).toHaveLength(2 * REQUESTS_PER_PATTERN);
    expect(result).toMatchObject({
      checkedAt: NOW.toISOString(),
      status: 'fail',
      historyWindowStart: 'now-10d',
      historyWindowDays: 10,
      recentWindowMinutes: 6,
      timestampField: 'event.ingested',
      countLimit: 10_000,
    });
    expect(result.patterns.map((p) => [p.pattern, p.resolves, p.status])).toEqual([
      ['filebeat-*', false, 'warn'],
      ['logs-aws.cloudtrail-*', false, 'warn'],
    ]);
    expect(result.findings[0].finding).toContain('No index matches any of the rule');
  });
});
