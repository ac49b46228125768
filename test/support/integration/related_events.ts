// Plants the events an analyst's pivots should find around one alert: the same identity's session, command,
// identity and role calls inside the 30-minute window and just outside it, and another identity on the same source
// IP; each carries its own `event.id` so a test can tell exactly which were listed.
import type { Client } from '@elastic/elasticsearch';
import type { AlertContextResponse } from '../../../common/api';
import { cloudTrailIndex } from '../../stack/data/generator_options';
import { cloudTrailEvent } from '../../stack/kibana/testing/cloudtrail_event';

const MINUTE = 60_000;

export interface AlertIdentity {
  account: string;
  user: string;
  sourceIp: string;
  /** When the alert's event happened. */
  at: Date;
}

export interface PlantedEvent {
  id: string;
  action: string;
  user: string;
  at: string;
}

export interface RelatedEvents {
  /** The identity's related calls within ±30 minutes: a pivot must list each. */
  inside: PlantedEvent[];
  /** The same calls 35–50 minutes away: no pivot may list them. */
  outside: PlantedEvent[];
  /** Another identity calling from the alert's source IP within the window. */
  otherIdentity: PlantedEvent;
}

const INSIDE = [
  { action: 'AssumeRole', minutes: -25 },
  { action: 'GetCallerIdentity', minutes: -12 },
  { action: 'StartSession', minutes: 8 },
  { action: 'SendCommand', minutes: 24 },
];
const OUTSIDE = [
  { action: 'GetCallerIdentity', minutes: -50 },
  { action: 'SendCommand', minutes: 35 },
];

/** The identity, source IP and event time an alert's context names. */
export function identityOfAlert(context: AlertContextResponse): AlertIdentity {
  const term = (field: string) =>
    context.identity.terms.find((entry) => entry.field === field)?.value ?? '';
  return {
    account: term('cloud.account.id'),
    user: term('user.name'),
    sourceIp: context.source.ip ?? '',
    at: new Date(context.eventTime),
  };
}

export async function plantRelatedEvents(
  es: Client,
  namespace: string,
  identity: AlertIdentity,
): Promise<RelatedEvents> {
  const planted = (
    prefix: string,
    user: string,
    { action, minutes }: { action: string; minutes: number },
  ): PlantedEvent => ({
    id: `${prefix}-${action}-${minutes}`,
    action,
    user,
    at: new Date(identity.at.getTime() + minutes * MINUTE).toISOString(),
  });
  const inside = INSIDE.map((spec) => planted('related-in', identity.user, spec));
  const outside = OUTSIDE.map((spec) => planted('related-out', identity.user, spec));
  const otherIdentity = planted('other-identity', `${identity.user}-other`, {
    action: 'DescribeInstances',
    minutes: 5,
  });
  const documents = [...inside, ...outside, otherIdentity].map((event) => {
    const document = cloudTrailEvent({
      account: identity.account,
      user: event.user,
      action: event.action,
      at: new Date(event.at),
      // STS and EC2 calls in the real log; only SSM ones could ever match the rule.
      provider: 'sts.amazonaws.com',
    });
    const base = document.event as Record<string, unknown>;
    return {
      ...document,
      data_stream: { dataset: 'aws.cloudtrail', type: 'logs', namespace },
      event: { ...base, id: event.id },
      source: { ip: identity.sourceIp },
    };
  });
  const answer = await es.bulk({
    index: cloudTrailIndex(namespace),
    refresh: true,
    operations: documents.flatMap((document) => [
      { create: { _id: String((document.event as { id: string }).id) } },
      document,
    ]),
  });
  if (answer.errors)
    throw new Error(`related events were not planted: ${JSON.stringify(answer.items[0])}`);
  return { inside, outside, otherIdentity };
}
