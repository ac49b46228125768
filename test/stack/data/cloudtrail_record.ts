// The raw CloudTrail record (one entry of a log file's Records array), as AWS delivers it.

import type { JsonObject } from './json_value';

export type UserIdentityType =
  | 'IAMUser'
  | 'AssumedRole'
  | 'AWSService'
  | 'Root'
  | 'FederatedUser'
  | 'IdentityCenterUser'
  | 'AWSAccount';

export interface SessionIssuer {
  type: 'Role' | 'IAMUser' | 'Root';
  principalId: string;
  arn: string;
  accountId: string;
  userName?: string;
}

export interface SessionContext {
  sessionIssuer?: SessionIssuer;
  webIdFederationData?: JsonObject;
  attributes?: { creationDate: string; mfaAuthenticated: 'true' | 'false' };
  ec2RoleDelivery?: string;
}

export interface UserIdentity {
  type: UserIdentityType;
  principalId?: string;
  arn?: string;
  accountId?: string;
  accessKeyId?: string;
  userName?: string;
  invokedBy?: string;
  sessionContext?: SessionContext;
}

export interface CloudTrailResource {
  accountId?: string;
  type?: string;
  ARN?: string;
}

export interface TlsDetails {
  tlsVersion: string;
  cipherSuite: string;
  clientProvidedHostHeader: string;
}

export interface CloudTrailRecord {
  eventVersion: string;
  userIdentity: UserIdentity;
  eventTime: string;
  eventSource: string;
  eventName: string;
  awsRegion: string;
  sourceIPAddress: string;
  userAgent: string;
  errorCode?: string;
  errorMessage?: string;
  requestParameters: JsonObject | null;
  responseElements: JsonObject | null;
  additionalEventData?: JsonObject;
  requestID?: string;
  eventID: string;
  readOnly?: boolean;
  resources?: CloudTrailResource[];
  eventType: string;
  managementEvent?: boolean;
  recipientAccountId?: string;
  eventCategory?: string;
  tlsDetails?: TlsDetails;
}
