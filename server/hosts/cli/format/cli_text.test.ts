// Counts in the CLI's text read as in the panel: thousands separators, and "at least" for a count that stopped
// at the readiness answer's cap.
import type { AlertsResponse, PatternReadiness, ReadinessResponse } from '../../../../common/api';
import { alertsText } from './alerts_text';
import { readinessText } from './readiness_text';

function pattern(name: string, documents: number, matching: number): PatternReadiness {
  return {
    pattern: name,
    status: 'pass',
    resolves: true,
    targets: [name],
    documentsInHistoryWindow: documents,
    newestEvent: '2025-06-01T00:00:00.000Z',
    newestTimestampOverride: null,
    fields: [],
    matchingRecent: 0,
    matchingInHistoryWindow: matching,
    baselineDays: 10,
    timestampOverrideShare: null,
    checks: [],
  };
}

const readiness = (countLimit?: number): ReadinessResponse => ({
  checkedAt: '2025-06-01T00:00:00.000Z',
  status: 'pass',
  historyWindowStart: 'now-10d',
  historyWindowDays: 10,
  recentWindowMinutes: 6,
  timestampField: '@timestamp',
  patterns: [pattern('logs-aws.cloudtrail-*', 10_000, 4_097), pattern('filebeat-*', 1, 0)],
  findings: [],
  ...(countLimit === undefined ? {} : { countLimit }),
});

describe('readinessText', () => {
  it('says "at least" for a count at the cap and separates thousands', () => {
    const text = readinessText(readiness(10_000));
    expect(text).toContain(
      'logs-aws.cloudtrail-*: PASS — at least 10,000 documents in the history window, ' +
        '4,097 matching the query, baseline 10 of 10 days',
    );
    expect(text).toContain('filebeat-*: PASS — 1 document in the history window, 0 matching');
    expect(text).not.toMatch(/\b\d{5}\b|\b4097\b/);
  });

  it('reads a count as exact when the answer names no cap', () => {
    expect(readinessText(readiness())).toContain('— 10,000 documents in the history window');
  });
});

describe('alertsText', () => {
  it('separates thousands in totals, statuses and pairs', () => {
    const alerts = {
      ruleDeployed: true,
      range: '7d',
      totals: { '24h': 12, '7d': 1_204, '30d': 25_001 },
      byWorkflowStatus: { open: 1_204 },
      lastAlertAt: '2025-06-01T00:00:00.000Z',
      silentDays: null,
      newTermsFields: ['cloud.account.id', 'user.name'],
      topPairs: [{ values: ['123', 'alice'], count: 1_100 }],
      newest: [],
    } as unknown as AlertsResponse;
    const text = alertsText(alerts);
    expect(text).toContain('Alerts: 12 in 24h, 1,204 in 7d, 25,001 in 30d');
    expect(text).toContain('By status (7d): open 1,204');
    expect(text).toContain('  123 / alice  1,100');
  });
});
