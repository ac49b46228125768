// For tests: a minimal CloudTrail ECS document with the fields the rule reads, and a mapping for it
// with the AWS integration's types (keyword everywhere, dates for the two timestamps).

export interface EventSpec {
  account: string;
  user: string;
  action: string;
  at: Date;
  /** Delay until `event.ingested`; null: the document has no `event.ingested`. Default 30 s. */
  ingestedAfterMs?: number | null;
  outcome?: 'success' | 'failure';
  identityType?: string;
  requestParameters?: string;
  provider?: string;
}

export function cloudTrailEvent(spec: EventSpec): Record<string, unknown> {
  const ingestedAfterMs = spec.ingestedAfterMs === undefined ? 30_000 : spec.ingestedAfterMs;
  return {
    '@timestamp': spec.at.toISOString(),
    data_stream: { dataset: 'aws.cloudtrail', type: 'logs', namespace: 'default' },
    event: {
      action: spec.action,
      provider: spec.provider ?? 'ssm.amazonaws.com',
      outcome: spec.outcome ?? 'success',
      kind: 'event',
      ...(ingestedAfterMs === null
        ? {}
        : { ingested: new Date(spec.at.getTime() + ingestedAfterMs).toISOString() }),
    },
    cloud: { account: { id: spec.account }, region: 'us-east-1', provider: 'aws' },
    user: { name: spec.user },
    source: { ip: '198.51.100.7' },
    user_agent: { original: 'aws-cli/2.15.0' },
    aws: {
      cloudtrail: {
        user_identity: { type: spec.identityType ?? 'IAMUser' },
        ...(spec.requestParameters ? { request_parameters: spec.requestParameters } : {}),
      },
    },
  };
}

const keyword = { type: 'keyword' };

export function cloudTrailMappings(withIngested: boolean): Record<string, unknown> {
  return {
    dynamic: false,
    properties: {
      '@timestamp': { type: 'date' },
      data_stream: { properties: { dataset: keyword, type: keyword, namespace: keyword } },
      event: {
        properties: {
          action: keyword,
          provider: keyword,
          outcome: keyword,
          kind: keyword,
          ...(withIngested ? { ingested: { type: 'date' } } : {}),
        },
      },
      cloud: { properties: { account: { properties: { id: keyword } }, region: keyword } },
      user: { properties: { name: keyword } },
      source: { properties: { ip: { type: 'ip' } } },
      aws: {
        properties: {
          cloudtrail: {
            properties: {
              user_identity: { properties: { type: keyword } },
              request_parameters: keyword,
            },
          },
        },
      },
    },
  };
}
