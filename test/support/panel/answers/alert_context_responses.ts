// Sample answers of the analyst's routes: one alert's context with its pivots, a pivot's events, a status change.
import type {
  AlertContextResponse,
  AlertPivotResponse,
  AlertSummary,
  Pivot,
  PivotId,
  TriageRequest,
  TriageResponse,
} from '../../../../common/api';

const INDEX_PATTERNS = ['filebeat-*', 'logs-aws.cloudtrail-*'];
const WINDOW_MS = 30 * 60_000;

/** The pivots the server plans for an alert (the values are the sample alert's). */
export function samplePivots(alert: AlertSummary): Pivot[] {
  const at = Date.parse(alert.originalTime ?? alert.timestamp);
  const range = {
    indexPatterns: INDEX_PATTERNS,
    timeField: '@timestamp',
    from: new Date(at - WINDOW_MS).toISOString(),
    to: new Date(at + WINDOW_MS).toISOString(),
  };
  const account = String(alert.fields['cloud.account.id']);
  const user = String(alert.fields['user.name']);
  const identity = [
    { field: 'cloud.account.id', fieldType: 'keyword', values: [account] },
    { field: 'user.name', fieldType: 'keyword', values: [user] },
  ];
  const ip = String(alert.fields['source.ip']);
  return [
    {
      id: 'identity_timeline',
      title: 'Review the timeline',
      description: `All activity of cloud.account.id ${account}, user.name ${user}, 30 minutes before and after the alert.`,
      ...range,
      conditions: identity,
      excluding: [],
    },
    {
      id: 'identity_related_calls',
      title: 'Correlate with other events',
      description: `StartSession, SendCommand, GetCallerIdentity, AssumeRole calls of cloud.account.id ${account}, user.name ${user} around the alert.`,
      ...range,
      conditions: [
        ...identity,
        {
          field: 'event.action',
          fieldType: 'keyword',
          values: ['StartSession', 'SendCommand', 'GetCallerIdentity', 'AssumeRole'],
        },
      ],
      excluding: [],
    },
    {
      id: 'source_ip_identities',
      title: 'Review the source context',
      description: `Other identities calling from ${ip} around the alert.`,
      ...range,
      conditions: [{ field: 'source.ip', fieldType: 'ip', values: [ip] }],
      excluding: identity,
    },
  ];
}

export function alertContext(alert: AlertSummary, earlier = 0): AlertContextResponse {
  const text = (field: string) => {
    const value = alert.fields[field];
    return value === undefined ? null : String(value);
  };
  return {
    id: alert.id,
    timestamp: alert.timestamp,
    eventTime: alert.originalTime ?? alert.timestamp,
    identity: {
      terms: [
        { field: 'cloud.account.id', value: text('cloud.account.id') },
        { field: 'user.name', value: text('user.name') },
      ],
      type: text('aws.cloudtrail.user_identity.type'),
      arn: text('aws.cloudtrail.user_identity.arn'),
    },
    userAgent: text('user_agent.original'),
    source: { ip: text('source.ip'), geo: 'Frankfurt am Main, Germany' },
    requestParameters: '{instanceId=i-0a1b2c3d4e5f67890}',
    earlierAlerts: {
      count: earlier,
      first: earlier > 0 ? new Date(Date.parse(alert.timestamp) - 86_400_000).toISOString() : null,
    },
    pivots: samplePivots(alert),
    unavailablePivots: [],
  };
}

export function pivotEvents(alert: AlertSummary, pivotId: PivotId): AlertPivotResponse {
  const pivot = samplePivots(alert).find((candidate) => candidate.id === pivotId) as Pivot;
  const at = Date.parse(alert.originalTime ?? alert.timestamp);
  const actions = ['GetCallerIdentity', 'StartSession', 'SendCommand'];
  return {
    pivot,
    events: actions.map((action, index) => ({
      id: `evt-${pivotId}-${index}`,
      index: '.ds-logs-aws.cloudtrail-default-000001',
      timestamp: new Date(at + (1 - index) * 5 * 60_000).toISOString(),
      action,
      outcome: 'success',
      userName: String(alert.fields['user.name']),
      accountId: String(alert.fields['cloud.account.id']),
      identityArn: String(alert.fields['aws.cloudtrail.user_identity.arn']),
      sourceIp: String(alert.fields['source.ip']),
    })),
    total: actions.length,
    totalCapped: false,
    limit: 50,
  };
}

export function triaged(request: TriageRequest): TriageResponse {
  return { status: request.status, requested: request.ids.length, updated: request.ids.length };
}
