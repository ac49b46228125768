// Sample answers of the backtest and exceptions routes, for panel tests and the preview page.
import type { BacktestResponse, ExceptionsResponse } from '../../../../common/api';

const ACCOUNT = '123456789012';

export function stormBacktest(): BacktestResponse {
  return {
    range: { from: '2026-11-28T10:04:00.000Z', to: '2026-12-05T10:05:00.000Z' },
    ruleDeployed: true,
    newTermsFields: ['cloud.account.id', 'user.name'],
    runs: { total: 2016, withAlerts: 4, interval: '5m', capped: 0 },
    alerts: [
      {
        time: '2026-12-02T08:10:00.000Z',
        eventTime: '2026-12-02T08:06:41.000Z',
        terms: { 'cloud.account.id': ACCOUNT, 'user.name': 'AWSServiceRoleForAmazonSSM' },
        context: { 'user_agent.original': 'ssm.amazonaws.com', 'source.ip': '10.0.0.1' },
        returning: false,
      },
      {
        time: '2026-12-02T08:15:00.000Z',
        eventTime: '2026-12-02T08:12:00.000Z',
        terms: { 'cloud.account.id': '210987654321', 'user.name': 'AWSServiceRoleForAmazonSSM' },
        context: { 'user_agent.original': 'ssm.amazonaws.com' },
        returning: false,
      },
      {
        time: '2026-12-05T09:30:00.000Z',
        eventTime: '2026-12-05T09:27:13.000Z',
        terms: { 'cloud.account.id': ACCOUNT, 'user.name': 'svc-backup-7f3a' },
        context: {
          'user_agent.original': 'Boto3/1.9.0',
          'source.ip': '203.0.113.9',
          'aws.cloudtrail.user_identity.arn': `arn:aws:iam::${ACCOUNT}:user/svc-backup-7f3a`,
        },
        returning: false,
      },
    ],
    days: [
      { date: '2026-12-02', alerts: 2, baseline_days: 0 },
      { date: '2026-12-03', alerts: 0, baseline_days: 1 },
      { date: '2026-12-04', alerts: 0, baseline_days: 2 },
      { date: '2026-12-05', alerts: 1, baseline_days: 3 },
    ],
    forecast: {
      expectedAlerts: 2,
      days: 7,
      baselineDays: 3,
      historyDays: 10,
      reasons: [
        '3 alerts over the last 4 days; 0.3 a day on days after the first day of data.',
        'The baseline covers 3 of 10 days: identities that call these APIs less often than every 3 days will alert once each until it is complete.',
      ],
    },
    suggestions: [
      {
        name: 'Routine caller AWSServiceRoleForAmazonSSM',
        entries: [
          {
            type: 'match',
            field: 'user.name',
            operator: 'included',
            value: 'AWSServiceRoleForAmazonSSM',
          },
        ],
        alerts_removed: 2,
        reason:
          'AWSServiceRoleForAmazonSSM is new in 2 scopes (cloud.account.id) at once and active on 4 days: an identity deployed everywhere, such as automation or a service role.',
      },
    ],
    exceptionsApplied: 0,
    searches: 5,
    termSets: 41,
  };
}

export function noExceptions(): ExceptionsResponse {
  return { ruleDeployed: true, items: [] };
}

export function oneException(): ExceptionsResponse {
  return {
    ruleDeployed: true,
    items: [
      {
        id: 'item-1',
        name: 'Routine caller AWSServiceRoleForAmazonSSM',
        description: 'Added from the backtest.',
        entries: [
          {
            type: 'match',
            field: 'user.name',
            operator: 'included',
            value: 'AWSServiceRoleForAmazonSSM',
          },
        ],
        expireTime: null,
        createdBy: 'elastic',
        createdAt: '2026-12-05T10:00:00.000Z',
        addedHere: true,
      },
    ],
  };
}
