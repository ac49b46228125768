// Field mappings of CloudTrail documents as the Elastic AWS integration installs them (its fields.yml
// plus the ECS definitions it references), limited to constructs OpenSearch and Elasticsearch share.

import type { MappingDynamicTemplate, MappingProperty } from '@elastic/elasticsearch/lib/api/types';

type Properties = Record<string, MappingProperty>;

const keyword = (ignoreAbove = 1024): MappingProperty => ({
  type: 'keyword',
  ignore_above: ignoreAbove,
});
/** ECS keyword with a `.text` multi-field (user.name, user_agent.original…). */
const keywordWithText = (): MappingProperty => ({
  type: 'keyword',
  ignore_above: 1024,
  fields: { text: { type: 'match_only_text' } },
});
/** The integration's long keyword fields: ignore_above 8191 and a `.text` multi-field. */
const cloudtrailText = (ignoreAbove?: number): MappingProperty => ({
  type: 'keyword',
  ...(ignoreAbove !== undefined ? { ignore_above: ignoreAbove } : {}),
  fields: { text: { type: 'text' } },
});
const date = (): MappingProperty => ({ type: 'date' });
const object = (properties: Properties): MappingProperty => ({ properties });
const keywords = (...names: string[]): Properties =>
  Object.fromEntries(names.map((name) => [name, keyword()]));

export type MappingFlavour = 'integration' | 'filebeat';

function awsCloudtrail(flavour: MappingFlavour): MappingProperty {
  return object({
    ...keywords(
      'event_version',
      'event_category',
      'error_code',
      'error_message',
      'request_id',
      'event_type',
      'api_version',
      'management_event',
      'recipient_account_id',
      'shared_event_id',
      'vpc_endpoint_id',
      'session_credential_from_console',
    ),
    user_identity: object({
      ...keywords('type', 'arn', 'access_key_id', 'invoked_by'),
      session_context: object({
        mfa_authenticated: keyword(),
        creation_date: date(),
        session_issuer: object(keywords('type', 'principal_id', 'arn', 'account_id')),
      }),
    }),
    request_parameters: cloudtrailText(8191),
    response_elements: cloudtrailText(8191),
    additional_eventdata: cloudtrailText(),
    service_event_details: cloudtrailText(),
    // Filebeat's fields.yml types read_only as keyword; the integration as boolean.
    read_only: flavour === 'integration' ? { type: 'boolean' } : keyword(),
    resources: object(keywords('arn', 'account_id', 'type')),
    console_login: object({
      additional_eventdata: object({
        mobile_version: { type: 'boolean' },
        login_to: keyword(),
        mfa_used: { type: 'boolean' },
      }),
    }),
    // `flattened` upstream; OpenSearch has no such type, so the copies are kept in _source only.
    flattened: { type: 'object', enabled: false },
  });
}

/** Every field the rule, the readiness checks and the investigation fields use, and the rest of the shape. */
export function cloudTrailProperties(flavour: MappingFlavour): Properties {
  return {
    '@timestamp': date(),
    ecs: object({ version: keyword() }),
    event: object({
      ...keywords('action', 'provider', 'outcome', 'kind', 'type', 'category', 'id'),
      created: date(),
      ingested: date(),
      original: { type: 'keyword', index: false, doc_values: false },
      // Constants in the integration's data stream; plain keywords in Filebeat's template.
      dataset:
        flavour === 'integration'
          ? { type: 'constant_keyword', value: 'aws.cloudtrail' }
          : keyword(),
      module: flavour === 'integration' ? { type: 'constant_keyword', value: 'aws' } : keyword(),
    }),
    cloud: object({
      account: object({ id: keyword() }),
      ...keywords('region', 'provider'),
      service: object({ name: keyword() }),
    }),
    user: object({
      name: keywordWithText(),
      ...keywords('id', 'email', 'domain'),
      changes: object({ name: keyword() }),
    }),
    related: object(keywords('user', 'entity', 'hash')),
    source: object({
      address: keyword(),
      ip: { type: 'ip' },
      geo: object({
        ...keywords(
          'city_name',
          'continent_name',
          'country_iso_code',
          'country_name',
          'region_iso_code',
          'region_name',
        ),
        location: { type: 'geo_point' },
      }),
      as: object({
        number: { type: 'long' },
        organization: object({ name: keywordWithText() }),
      }),
    }),
    user_agent: object({
      original: keywordWithText(),
      ...keywords('name', 'version'),
      device: object({ name: keyword() }),
      os: object(keywords('name', 'version', 'full')),
    }),
    tls: object({
      ...keywords('version', 'version_protocol', 'cipher'),
      client: object({ server_name: keyword() }),
    }),
    aws: object({ cloudtrail: awsCloudtrail(flavour) }),
    tags: keyword(),
    input: object({ type: keyword() }),
    ...(flavour === 'filebeat'
      ? { fileset: object({ name: keyword() }), service: object({ type: keyword() }) }
      : {}),
  };
}

/** Like ecs@mappings: any other string field becomes a keyword rather than text + keyword. */
export const STRINGS_AS_KEYWORD: Array<Record<string, MappingDynamicTemplate>> = [
  {
    strings_as_keyword: {
      match_mapping_type: 'string',
      mapping: { type: 'keyword', ignore_above: 1024 },
    },
  },
];
