// What the generator needs to know to write one kind of CloudTrail API call.

import type { CloudTrailResource } from './cloudtrail_record';
import type { JsonObject } from './json_value';
import type { Rng } from './rng';
import type { Actor } from './world';

export interface CallContext {
  rng: Rng;
  actor: Actor;
  region: string;
  eventMs: number;
}

export interface ApiCall {
  /** eventSource, e.g. "ssm.amazonaws.com". */
  source: string;
  /** eventName, e.g. "GetInventory". */
  name: string;
  /** readOnly; undefined leaves the field out (sign-in events). */
  readOnly?: boolean;
  eventType?: 'AwsApiCall' | 'AwsConsoleSignIn' | 'AwsServiceEvent';
  /** IAM, STS (global endpoint) and sign-in events are recorded in us-east-1. */
  global?: boolean;
  params?: (ctx: CallContext) => JsonObject | null;
  response?: (ctx: CallContext) => JsonObject | null;
  resources?: (ctx: CallContext) => CloudTrailResource[];
  additionalEventData?: (ctx: CallContext) => JsonObject;
  /** The error the call gets when it fails (defaults to an authorisation error). */
  failure?: (ctx: CallContext) => { code: string; message?: string };
}

/** The IAM action prefix of an event source ("monitoring.amazonaws.com" → "cloudwatch"). */
export function iamPrefix(source: string): string {
  const service = source.split('.')[0];
  return service === 'monitoring' ? 'cloudwatch' : service;
}
