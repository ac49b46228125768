import {
  alertsResult,
  emptyAlertsResponse,
  sourceString,
  sourceStrings,
  sourceValue,
  type AlertsAggregations,
} from './alerts_result';
import type { SignalsSearchResponse } from '../detection_engine/detection_engine_client';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const INPUT = {
  range: '24h' as const,
  now: NOW,
  newTermsFields: ['cloud.account.id', 'user.name'],
  investigationFields: ['user.name', 'source.ip', 'cloud.account.id'],
};

function response(
  aggregations: AlertsAggregations,
): SignalsSearchResponse<unknown, AlertsAggregations> {
  return {
    took: 1,
    timed_out: false,
    _shards: { total: 1, successful: 1, failed: 0 },
    hits: { hits: [] },
    aggregations,
  };
}

describe('shaping the alerts answer', () => {
  it('reads totals, statuses, histogram, pairs, newest and silence', () => {
    const result = alertsResult(
      INPUT,
      response({
        totals: {
          buckets: { '24h': { doc_count: 2 }, '7d': { doc_count: 5 }, '30d': { doc_count: 9 } },
        },
        last_alert: { value: Date.parse('2026-03-01T09:00:00.000Z') },
        in_range: {
          doc_count: 2,
          by_status: {
            buckets: [
              { key: 'open', doc_count: 1 },
              { key: 'closed', doc_count: 1 },
            ],
          },
          histogram: { buckets: [{ key: Date.parse('2026-03-01T09:00:00.000Z'), doc_count: 2 }] },
          top_pairs: {
            buckets: [{ key: ['111122223333', 'alice'], doc_count: 2 }],
          },
          newest: {
            hits: {
              hits: [
                {
                  _id: 'doc-1',
                  _source: {
                    '@timestamp': '2026-03-01T09:00:00.000Z',
                    'kibana.alert.uuid': 'alert-1',
                    'kibana.alert.workflow_status': 'open',
                    'kibana.alert.reason': 'event with user alice created medium alert',
                    'kibana.alert.new_terms': ['111122223333', 'alice'],
                    'kibana.alert.original_time': '2026-03-01T08:58:00.000Z',
                    user: { name: 'alice' },
                    cloud: { account: { id: '111122223333' } },
                  },
                },
              ],
            },
          },
        },
      }),
    );
    expect(result.totals).toEqual({ '24h': 2, '7d': 5, '30d': 9 });
    expect(result.byWorkflowStatus).toEqual({
      open: 1,
      acknowledged: 0,
      'in-progress': 0,
      closed: 1,
    });
    expect(result.histogram).toEqual({
      interval: '1h',
      buckets: [{ time: '2026-03-01T09:00:00.000Z', count: 2 }],
    });
    expect(result.topPairs).toEqual([{ values: ['111122223333', 'alice'], count: 2 }]);
    expect(result.newest).toEqual([
      {
        id: 'alert-1',
        timestamp: '2026-03-01T09:00:00.000Z',
        originalTime: '2026-03-01T08:58:00.000Z',
        workflowStatus: 'open',
        reason: 'event with user alice created medium alert',
        newTerms: ['111122223333', 'alice'],
        fields: { 'user.name': 'alice', 'cloud.account.id': '111122223333' },
      },
    ]);
    expect(result.lastAlertAt).toBe('2026-03-01T09:00:00.000Z');
    expect(result.silentDays).toBe(0);
    expect(result.ruleDeployed).toBe(true);
  });

  it('counts whole days of silence since the last alert', () => {
    const result = alertsResult(
      INPUT,
      response({ last_alert: { value: Date.parse('2026-02-19T11:00:00.000Z') } }),
    );
    expect(result.silentDays).toBe(10);
    expect(result.totals).toEqual({ '24h': 0, '7d': 0, '30d': 0 });
  });

  it('has no last alert and no silence when the rule never fired', () => {
    const result = alertsResult(INPUT, response({ last_alert: { value: null } }));
    expect(result.lastAlertAt).toBeNull();
    expect(result.silentDays).toBeNull();
  });

  it('answers zeros for an undeployed rule', () => {
    expect(emptyAlertsResponse(INPUT, false)).toMatchObject({
      ruleDeployed: false,
      totals: { '24h': 0, '7d': 0, '30d': 0 },
      newest: [],
      lastAlertAt: null,
    });
  });
});

describe('reading alert sources', () => {
  const source = {
    'kibana.alert.uuid': 'a1',
    'kibana.alert.new_terms': ['111122223333', 'alice'],
    kibana: { alert: { reason: 'nested reason' } },
    user: { name: 'alice' },
    'cloud.account': { id: 111122223333 },
    aws: { 'cloudtrail.user_identity': { arn: 'arn:aws:iam::1:user/alice' } },
  };

  it('reads dotted keys, nested objects and mixes of both', () => {
    expect(sourceValue(source, 'kibana.alert.uuid')).toBe('a1');
    expect(sourceValue(source, 'kibana.alert.reason')).toBe('nested reason');
    expect(sourceValue(source, 'user.name')).toBe('alice');
    expect(sourceString(source, 'cloud.account.id')).toBe('111122223333');
    expect(sourceValue(source, 'aws.cloudtrail.user_identity.arn')).toBe(
      'arn:aws:iam::1:user/alice',
    );
  });

  it('answers undefined or empty for what is absent', () => {
    expect(sourceValue(source, 'source.ip')).toBeUndefined();
    expect(sourceString(source, 'user.email')).toBeNull();
    expect(sourceStrings(source, 'nothing')).toEqual([]);
    expect(sourceValue(null, 'a')).toBeUndefined();
  });

  it('reads arrays as lists of strings', () => {
    expect(sourceStrings(source, 'kibana.alert.new_terms')).toEqual(['111122223333', 'alice']);
    expect(sourceStrings(source, 'user.name')).toEqual(['alice']);
  });
});
