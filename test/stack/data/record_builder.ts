// Assembles a complete CloudTrail record (envelope, identity, parameters, outcome) for one call.

import { iamPrefix, type ApiCall, type CallContext } from './api_call';
import type { CloudTrailRecord } from './cloudtrail_record';
import type { Rng } from './rng';
import { isoSeconds } from './timing';
import { userIdentityFor } from './user_identity';
import type { Actor } from './world';

export interface RecordChoice {
  actor: Actor;
  call: ApiCall;
  eventMs: number;
  rng: Rng;
  /** true: the call fails (authorisation error unless the call defines its own). */
  fail?: boolean;
  /** Force an authorisation error even when the call has its own failure. */
  denied?: boolean;
  userAgent?: string;
  sourceIp?: string;
  region?: string;
  session?: string;
}

// Services speaking the JSON protocol report AccessDeniedException; query/REST ones AccessDenied.
const JSON_PROTOCOL = new Set([
  'ssm',
  'kms',
  'lambda',
  'logs',
  'secretsmanager',
  'dynamodb',
  'ecr',
  'cloudtrail',
  'monitoring',
]);

function kebab(name: string): string {
  return name
    .replace(/\d{8}(v\d)?$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/** The AWS CLI appends the command it ran: "md/command#ssm.get-inventory". */
function userAgentFor(base: string, call: ApiCall): string {
  if (!base.startsWith('aws-cli/')) return base;
  return `${base} md/command#${call.source.split('.')[0]}.${kebab(call.name)}`;
}

function isBrowser(userAgent: string): boolean {
  return userAgent.startsWith('Mozilla/');
}

function deniedError(
  ctx: CallContext,
  call: ApiCall,
  identityArn: string,
): { code: string; message: string } {
  const service = call.source.split('.')[0];
  const action = `${iamPrefix(call.source)}:${call.name.replace(/\d{8}(v\d)?$/, '')}`;
  const resource = `arn:aws:${iamPrefix(call.source)}:${ctx.region}:${ctx.actor.account.id}:*`;
  const because = `because no identity-based policy allows the ${action} action`;
  if (service === 'ec2') {
    return {
      code: 'Client.UnauthorizedOperation',
      message: `You are not authorized to perform this operation. User: ${identityArn} is not authorized to perform: ${action} ${because}`,
    };
  }
  return {
    code: JSON_PROTOCOL.has(service) ? 'AccessDeniedException' : 'AccessDenied',
    message: `User: ${identityArn} is not authorized to perform: ${action} on resource: ${resource} ${because}`,
  };
}

export function buildRecord(choice: RecordChoice): CloudTrailRecord {
  const { actor, call, rng, eventMs } = choice;
  const region = call.global ? 'us-east-1' : (choice.region ?? rng.pick(actor.account.regions));
  const ctx: CallContext = { rng, actor, region, eventMs };
  const baseAgent = choice.userAgent ?? rng.pick(actor.userAgents);
  const userAgent = userAgentFor(baseAgent, call);
  const identity = userIdentityFor(actor, rng, eventMs, {
    console: isBrowser(baseAgent),
    session: choice.session,
  });
  const isService = actor.kind === 'aws-service';
  const isSignIn = call.name === 'ConsoleLogin';

  const record: CloudTrailRecord = {
    eventVersion: isSignIn ? '1.09' : '1.10',
    userIdentity: identity,
    eventTime: isoSeconds(eventMs),
    eventSource: call.source,
    eventName: call.name,
    awsRegion: region,
    sourceIPAddress: choice.sourceIp ?? rng.pick(actor.ips),
    userAgent,
    requestParameters: call.params ? call.params(ctx) : null,
    responseElements: null,
    eventID: rng.uuid(),
    eventType: call.eventType ?? 'AwsApiCall',
    recipientAccountId: actor.account.id,
  };
  if (choice.fail) {
    const error =
      call.failure && !choice.denied
        ? call.failure(ctx)
        : deniedError(ctx, call, identity.arn ?? actor.principalName);
    if (error.code !== '') record.errorCode = error.code;
    if (error.message !== undefined && error.message !== '') record.errorMessage = error.message;
    if (isSignIn) record.responseElements = { ConsoleLogin: 'Failure' };
  } else if (call.response) {
    record.responseElements = call.response(ctx);
  }
  if (call.additionalEventData) record.additionalEventData = call.additionalEventData(ctx);
  if (!isSignIn) record.requestID = rng.uuid();
  if (call.readOnly !== undefined) record.readOnly = call.readOnly;
  if (call.resources && !choice.fail) record.resources = call.resources(ctx);
  record.managementEvent = true;
  record.eventCategory = 'Management';
  if (!isService && !isSignIn) {
    const service = call.source.split('.')[0];
    const tls13 = rng.chance(0.8);
    record.tlsDetails = {
      tlsVersion: tls13 ? 'TLSv1.3' : 'TLSv1.2',
      cipherSuite: tls13 ? 'TLS_AES_128_GCM_SHA256' : 'ECDHE-RSA-AES128-GCM-SHA256',
      clientProvidedHostHeader: call.global
        ? `${service}.amazonaws.com`
        : `${service}.${region}.amazonaws.com`,
    };
  }
  return record;
}
