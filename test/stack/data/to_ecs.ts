// Turns a raw CloudTrail record into the ECS document the Elastic AWS integration's ingest pipeline
// (or the legacy Filebeat module's) would index: the same renames, fallbacks and Java-map strings.

import type { CloudTrailRecord } from './cloudtrail_record';
import type { CloudTrailEcsDocument, CloudTrailFields } from './ecs_document';
import { EVENT_CATEGORIES } from './event_categories';
import { lookupGeo } from './geo_sites';
import { javaHashMapOrder } from './java_hash_map_order';
import { javaMapToString, pruneEmpty } from './java_map_string';
import { isJsonObject, type JsonObject, type JsonValue } from './json_value';
import { parseUserAgent } from './user_agents';

/** `integration`: Elastic Agent + Fleet (logs-aws.cloudtrail-*); `filebeat`: the legacy module (filebeat-*). */
export type IngestFlavour = 'integration' | 'filebeat';

export interface EcsConversionOptions {
  flavour?: IngestFlavour;
  /** data_stream.namespace (integration only). */
  namespace?: string;
  /** event.ingested, set by Fleet's final pipeline (or Filebeat's module pipeline); omitted when undefined. */
  ingested?: string;
  /** event.created: when the agent read the record. */
  created?: string;
  /** Keep aws.cloudtrail.flattened.* (the integration's default `retain`). */
  keepFlattened?: boolean;
  /** Keep event.original (off by default in the integration). */
  preserveOriginal?: boolean;
  /** The record's raw text for event.original; defaults to JSON.stringify(record). */
  originalText?: string;
  tags?: string[];
}

export const INTEGRATION_ECS_VERSION = '8.11.0';
export const FILEBEAT_ECS_VERSION = '1.12.0';
export const DEFAULT_TAGS = ['forwarded', 'aws-cloudtrail'];

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^[0-9a-fA-F:]+:[0-9a-fA-F:.]*$/;

function isIp(address: string): boolean {
  return IPV4.test(address) || (address.includes(':') && IPV6.test(address));
}

/** A value the pipeline keeps: not null/undefined and not "" (its first script drops those). */
function present(value: string | undefined | null): value is string {
  return value !== undefined && value !== null && value !== '';
}

function objectAt(value: JsonValue | undefined, key: string): JsonValue | undefined {
  return isJsonObject(value) ? value[key] : undefined;
}

function stringAt(value: JsonValue | undefined, ...path: string[]): string | undefined {
  let current = value;
  for (const key of path) current = objectAt(current, key);
  return typeof current === 'string' && current !== '' ? current : undefined;
}

const WHOLE_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** The date processor's output for an ISO 8601 time (CloudTrail's are whole seconds: fast path). */
function toIsoMillis(time: string): string {
  return WHOLE_SECONDS.test(time) ? `${time.slice(0, 19)}.000Z` : new Date(time).toISOString();
}

/** The date processor's ISO8601 format: extended form only (CloudTrail's old "20131102T010628Z" fails). */
function parseIsoDate(time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(time)) return undefined;
  if (WHOLE_SECONDS.test(time)) return `${time.slice(0, 19)}.000Z`;
  const ms = Date.parse(time);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function copyMapField(
  cloudtrail: CloudTrailFields,
  value: JsonObject | null | undefined,
  keyword: 'request_parameters' | 'response_elements' | 'additional_eventdata',
  keepFlattened: boolean,
): void {
  if (value === null || value === undefined) return;
  const text = javaMapToString(value);
  if (text === undefined) return;
  cloudtrail[keyword] = text;
  if (keepFlattened && text.length < 32766) {
    cloudtrail.flattened ??= {};
    cloudtrail.flattened[keyword] = pruneEmpty(value);
  }
}

function dedupeResources(record: CloudTrailRecord): CloudTrailFields['resources'] {
  if (!Array.isArray(record.resources)) return undefined;
  // The pipeline dedupes through a Painless map, so the result comes out in HashMap order.
  const unique = new Map<string, { arn?: string; account_id?: string; type?: string }>();
  for (const original of record.resources) {
    const resource: { arn?: string; account_id?: string; type?: string } = {};
    if (present(original.ARN)) resource.arn = original.ARN;
    if (present(original.accountId)) resource.account_id = original.accountId;
    if (present(original.type)) resource.type = original.type;
    const key = `${resource.arn ?? ''}_${resource.account_id ?? ''}_${resource.type ?? ''}`;
    unique.set(key, resource);
  }
  const kept = javaHashMapOrder([...unique.keys()]).map((key) => unique.get(key)!);
  const nonEmpty = kept.filter((r) => Object.keys(r).length > 0);
  return nonEmpty.length > 0 ? nonEmpty : undefined;
}

function categorise(doc: CloudTrailEcsDocument, record: CloudTrailRecord): void {
  const event = doc.event;
  event.kind = 'event';
  event.type = ['info'];
  const cloudtrail = doc.aws.cloudtrail;
  event.outcome =
    cloudtrail.error_code !== undefined || cloudtrail.error_message !== undefined
      ? 'failure'
      : 'success';
  if (event.action === undefined) return;
  const consoleLogin = stringAt(record.responseElements ?? undefined, 'ConsoleLogin');
  if (event.action === 'ConsoleLogin' && consoleLogin !== undefined) {
    event.outcome = consoleLogin.toLowerCase();
  }
  const categorisation = EVENT_CATEGORIES[event.action];
  if (categorisation === undefined) return;
  event.category = [...categorisation.category];
  // An empty type list is removed by the pipeline's last script.
  if (categorisation.type.length > 0) event.type = [...categorisation.type];
  else delete event.type;
}

function consoleLoginFields(record: CloudTrailRecord): CloudTrailFields['console_login'] {
  if (record.eventName !== 'ConsoleLogin') return undefined;
  const data = record.additionalEventData;
  const fields: NonNullable<CloudTrailFields['console_login']>['additional_eventdata'] = {};
  const mobile = stringAt(data, 'MobileVersion');
  const loginTo = stringAt(data, 'LoginTo');
  const mfa = stringAt(data, 'MFAUsed');
  if (mobile !== undefined) fields.mobile_version = mobile !== 'No';
  if (loginTo !== undefined) fields.login_to = loginTo;
  if (mfa !== undefined) fields.mfa_used = mfa !== 'No';
  return Object.keys(fields).length > 0 ? { additional_eventdata: fields } : undefined;
}

function tlsFields(record: CloudTrailRecord): CloudTrailEcsDocument['tls'] {
  const details = record.tlsDetails;
  if (details === undefined || details.tlsVersion === 'tlsVersion') return undefined;
  const tls: NonNullable<CloudTrailEcsDocument['tls']> = {};
  // dissect "%{tls.version_protocol}v%{tls.version}", then lowercase the protocol.
  const v = details.tlsVersion.indexOf('v');
  if (v > 0) {
    tls.version_protocol = details.tlsVersion.slice(0, v).toLowerCase();
    tls.version = details.tlsVersion.slice(v + 1);
  } else if (present(details.tlsVersion)) {
    tls.version = details.tlsVersion;
  }
  if (present(details.cipherSuite)) tls.cipher = details.cipherSuite;
  if (present(details.clientProvidedHostHeader)) {
    tls.client = { server_name: details.clientProvidedHostHeader };
  }
  return Object.keys(tls).length > 0 ? tls : undefined;
}

function relatedUsers(record: CloudTrailRecord, doc: CloudTrailEcsDocument): string[] | undefined {
  const users: string[] = [];
  const add = (value: string | undefined): void => {
    if (value !== undefined && !users.includes(value)) users.push(value);
  };
  add(stringAt(record.requestParameters ?? undefined, 'userName'));
  add(stringAt(record.requestParameters ?? undefined, 'newUserName'));
  add(stringAt(record.responseElements ?? undefined, 'user', 'userId'));
  add(doc.user?.id);
  add(doc.user?.name);
  return users.length > 0 ? users : undefined;
}

/** The ECS document for one CloudTrail record. */
export function toEcsDocument(
  record: CloudTrailRecord,
  options: EcsConversionOptions = {},
): CloudTrailEcsDocument {
  const flavour = options.flavour ?? 'integration';
  const keepFlattened = options.keepFlattened ?? true;
  const identity = record.userIdentity ?? { type: undefined };
  const issuer = identity.sessionContext?.sessionIssuer;
  const attributes = identity.sessionContext?.attributes;

  const cloudtrail: CloudTrailFields = { user_identity: {} };
  const doc: CloudTrailEcsDocument = {
    '@timestamp': toIsoMillis(record.eventTime),
    ecs: { version: flavour === 'integration' ? INTEGRATION_ECS_VERSION : FILEBEAT_ECS_VERSION },
    event: { outcome: 'success', kind: 'event' },
    aws: { cloudtrail },
  };
  const event = doc.event;
  if (options.created !== undefined) event.created = options.created;

  if (present(record.eventVersion)) cloudtrail.event_version = record.eventVersion;
  const userIdentity = cloudtrail.user_identity;
  if (present(identity.type)) userIdentity.type = identity.type;
  if (present(identity.arn)) userIdentity.arn = identity.arn;
  if (present(identity.accessKeyId)) userIdentity.access_key_id = identity.accessKeyId;
  if (present(identity.invokedBy)) userIdentity.invoked_by = identity.invokedBy;

  const user: NonNullable<CloudTrailEcsDocument['user']> = {};
  // Renames never overwrite: the session issuer's name only applies when userName is absent.
  const userName = present(identity.userName) ? identity.userName : issuer?.userName;
  if (present(userName)) user.name = userName;
  if (present(identity.principalId)) user.id = identity.principalId;

  const sessionContext: NonNullable<CloudTrailFields['user_identity']['session_context']> = {};
  if (present(attributes?.mfaAuthenticated)) {
    sessionContext.mfa_authenticated = attributes.mfaAuthenticated;
  }
  const creationDate = present(attributes?.creationDate)
    ? parseIsoDate(attributes.creationDate)
    : undefined;
  if (creationDate !== undefined) sessionContext.creation_date = creationDate;
  if (issuer !== undefined) {
    const sessionIssuer: NonNullable<typeof sessionContext.session_issuer> = {};
    if (present(issuer.type)) sessionIssuer.type = issuer.type;
    if (present(issuer.principalId)) sessionIssuer.principal_id = issuer.principalId;
    if (present(issuer.arn)) sessionIssuer.arn = issuer.arn;
    if (present(issuer.accountId)) sessionIssuer.account_id = issuer.accountId;
    if (Object.keys(sessionIssuer).length > 0) sessionContext.session_issuer = sessionIssuer;
  }
  if (Object.keys(sessionContext).length > 0) userIdentity.session_context = sessionContext;

  const cloud: NonNullable<CloudTrailEcsDocument['cloud']> = {};
  if (present(identity.accountId)) cloud.account = { id: identity.accountId };
  if (present(record.eventSource)) event.provider = record.eventSource;
  if (present(record.eventName)) event.action = record.eventName;
  if (present(record.eventCategory)) cloudtrail.event_category = record.eventCategory;
  if (present(record.awsRegion)) cloud.region = record.awsRegion;

  if (present(record.sourceIPAddress)) {
    const source: NonNullable<CloudTrailEcsDocument['source']> = {
      address: record.sourceIPAddress,
    };
    if (isIp(record.sourceIPAddress)) {
      source.ip = record.sourceIPAddress;
      const site = lookupGeo(record.sourceIPAddress);
      if (site !== undefined) {
        source.geo = site.geo;
        source.as = site.as;
      }
    }
    doc.source = source;
  }
  if (present(record.userAgent)) doc.user_agent = parseUserAgent(record.userAgent);
  if (present(record.errorCode)) cloudtrail.error_code = record.errorCode;
  if (present(record.errorMessage)) cloudtrail.error_message = record.errorMessage;

  copyMapField(cloudtrail, record.requestParameters, 'request_parameters', keepFlattened);
  copyMapField(cloudtrail, record.responseElements, 'response_elements', keepFlattened);
  copyMapField(cloudtrail, record.additionalEventData, 'additional_eventdata', keepFlattened);

  if (present(record.requestID)) cloudtrail.request_id = record.requestID;
  if (present(record.eventID)) event.id = record.eventID;
  if (present(record.eventType)) cloudtrail.event_type = record.eventType;
  if (typeof record.managementEvent === 'boolean') {
    cloudtrail.management_event = record.managementEvent;
  }
  if (typeof record.readOnly === 'boolean') cloudtrail.read_only = record.readOnly;
  const resources = dedupeResources(record);
  if (resources !== undefined) cloudtrail.resources = resources;
  if (present(record.recipientAccountId)) {
    cloudtrail.recipient_account_id = record.recipientAccountId;
    // Only the integration falls back to the recipient account (AWSService callers have no accountId).
    if (flavour === 'integration' && cloud.account === undefined) {
      cloud.account = { id: record.recipientAccountId };
    }
  }
  const consoleLogin = consoleLoginFields(record);
  if (consoleLogin !== undefined) cloudtrail.console_login = consoleLogin;

  if (Object.keys(cloud).length > 0) doc.cloud = cloud;
  if (Object.keys(user).length > 0) doc.user = user;
  categorise(doc, record);

  const tls = tlsFields(record);
  if (tls !== undefined) doc.tls = tls;
  if (flavour === 'integration' && user.name !== undefined && user.name.indexOf('@') > 0) {
    user.email = user.name;
  }
  const related = relatedUsers(record, doc);
  if (related !== undefined) doc.related = { user: related };

  if (options.preserveOriginal) event.original = options.originalText ?? JSON.stringify(record);
  if (options.ingested !== undefined) event.ingested = options.ingested;

  if (flavour === 'integration') {
    doc.data_stream = {
      type: 'logs',
      dataset: 'aws.cloudtrail',
      namespace: options.namespace ?? 'default',
    };
    // Elastic Agent stamps event.dataset next to data_stream.*; event.module is a mapping constant.
    event.dataset = 'aws.cloudtrail';
    doc.tags = [...(options.tags ?? DEFAULT_TAGS)];
  } else {
    event.module = 'aws';
    event.dataset = 'aws.cloudtrail';
    doc.fileset = { name: 'cloudtrail' };
    doc.service = { type: 'aws' };
    doc.input = { type: 'aws-s3' };
    if (options.tags !== undefined) doc.tags = [...options.tags];
  }
  return doc;
}
