// The rule's KQL, translated as the detection engine would (field types read back from field_caps), run on the
// real search engine: it must find exactly the CloudTrail documents the rule is meant to find.

import type { Client } from '@elastic/elasticsearch';
import { parse } from 'smol-toml';
import {
  buildRuleSearchQuery,
  fieldsFromFieldCaps,
  parseKql,
  queryFieldNames,
  ruleTimestampFields,
} from '../../server/lib/kql';
import { createTestEsClient } from '../stack/engine/test_client';
import { BUNDLED_TOML } from '../support/bundled_rule_text';

const rule = (parse(BUNDLED_TOML) as { rule: { query: string; timestamp_override: string } }).rule;

const suffix = `${process.pid}-${Date.now()}`;
// Named unlike the real patterns so no installed index template (data stream) applies to them.
const cloudtrailIndex = `kqltest-aws.cloudtrail-${suffix}`;
const filebeatIndex = `kqltest-filebeat-${suffix}`;

const keyword = { type: 'keyword' } as const;
const sharedProperties = {
  '@timestamp': { type: 'date' },
  event: {
    properties: {
      action: keyword,
      provider: keyword,
      outcome: keyword,
      ingested: { type: 'date' },
    },
  },
  aws: {
    properties: {
      cloudtrail: {
        properties: {
          request_parameters: { type: 'keyword', ignore_above: 8191 },
          user_identity: { properties: { type: keyword } },
        },
      },
    },
  },
  user: { properties: { name: keyword } },
  cloud: { properties: { account: { properties: { id: keyword } } } },
} as const;

const FROM = '2024-05-01T00:00:00.000Z';
const TO = '2024-05-01T00:06:00.000Z';
const IN_RANGE = '2024-05-01T00:03:00.000Z';
const BEFORE = '2024-04-30T23:00:00.000Z';

interface Doc {
  id: string;
  action: string;
  provider?: string;
  outcome?: string;
  identity?: string;
  requestParameters?: string;
  ingested?: string;
  timestamp?: string;
}

const base: Omit<Doc, 'id'> = {
  action: 'GetInventory',
  provider: 'ssm.amazonaws.com',
  outcome: 'success',
  identity: 'IAMUser',
  ingested: IN_RANGE,
  timestamp: IN_RANGE,
};

const matching: Doc[] = [
  { ...base, id: 'get-inventory' },
  {
    ...base,
    id: 'inventory-schema-assumed-role',
    action: 'GetInventorySchema',
    identity: 'AssumedRole',
  },
  { ...base, id: 'list-entries', action: 'ListInventoryEntries' },
  { ...base, id: 'describe-patches', action: 'DescribeInstancePatches' },
  { ...base, id: 'list-commands', action: 'ListCommands' },
  {
    ...base,
    id: 'create-association-inventory',
    action: 'CreateAssociation',
    requestParameters:
      '{name=AWS-GatherSoftwareInventory, targets=[{key=InstanceIds, values=[*]}]}',
  },
  // No event.ingested: the engine falls back to @timestamp.
  { ...base, id: 'no-ingested-fallback', ingested: undefined },
];

const notMatching: Doc[] = [
  { ...base, id: 'aws-service', identity: 'AWSService' },
  { ...base, id: 'failed', outcome: 'failure' },
  { ...base, id: 'other-provider', provider: 'ec2.amazonaws.com' },
  { ...base, id: 'other-action', action: 'SendCommand' },
  { ...base, id: 'action-wrong-case', action: 'getinventory' },
  {
    ...base,
    id: 'create-association-other-document',
    action: 'CreateAssociation',
    requestParameters: '{name=AWS-RunPatchBaseline}',
  },
  {
    ...base,
    id: 'create-association-wrong-case',
    action: 'CreateAssociation',
    requestParameters: '{name=aws-gathersoftwareinventory}',
  },
  { ...base, id: 'create-association-no-parameters', action: 'CreateAssociation' },
  { ...base, id: 'ingested-too-early', ingested: BEFORE },
  // event.ingested is present and out of range: @timestamp is not consulted.
  { ...base, id: 'ingested-early-timestamp-in-range', ingested: BEFORE, timestamp: IN_RANGE },
];

function source(doc: Doc): Record<string, unknown> {
  return {
    '@timestamp': doc.timestamp,
    event: {
      action: doc.action,
      provider: doc.provider,
      outcome: doc.outcome,
      ingested: doc.ingested,
    },
    aws: {
      cloudtrail: {
        user_identity: { type: doc.identity },
        ...(doc.requestParameters !== undefined && { request_parameters: doc.requestParameters }),
      },
    },
    user: { name: 'alice' },
    cloud: { account: { id: '123456789012' } },
  };
}

describe('the rule query on the search engine', () => {
  let client: Client;

  beforeAll(async () => {
    // OpenSearch, whatever the run's default: the test needs constant_keyword, which the embedded Elasticsearch lacks.
    client = createTestEsClient(requireOpenSearchUrl());
    await client.indices.create({
      index: cloudtrailIndex,
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: {
        properties: {
          ...sharedProperties,
          data_stream: {
            properties: {
              // The integration's data streams hold one dataset each: every document carries it implicitly.
              dataset: { type: 'constant_keyword', value: 'aws.cloudtrail' },
            },
          },
        },
      },
    });
    // Filebeat-style CloudTrail documents: the same events, but no data_stream fields.
    await client.indices.create({
      index: filebeatIndex,
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: { properties: sharedProperties },
    });
    const docs = [...matching, ...notMatching];
    const operations = [cloudtrailIndex, filebeatIndex].flatMap((index) =>
      docs.flatMap((doc) => [{ index: { _index: index, _id: doc.id } }, source(doc)]),
    );
    const bulk = await client.bulk({ operations, refresh: 'wait_for' });
    expect(bulk.errors).toBe(false);
  });

  afterAll(async () => {
    await client.indices.delete({ index: [cloudtrailIndex, filebeatIndex] }, { ignore: [404] });
    await client.close();
  });

  async function ruleHits(): Promise<Array<{ index: string; id: string }>> {
    const caps = await client.fieldCaps({
      index: [filebeatIndex, cloudtrailIndex],
      fields: [...queryFieldNames(parseKql(rule.query)), 'event.ingested', '@timestamp'],
    });
    const fields = fieldsFromFieldCaps(caps);
    const timestamps = ruleTimestampFields({ timestampOverride: rule.timestamp_override });
    const query = buildRuleSearchQuery({
      query: rule.query,
      fields,
      from: FROM,
      to: TO,
      timestampField: timestamps.primary,
      secondaryTimestampField: timestamps.secondary,
    });
    const result = await client.search({
      index: [filebeatIndex, cloudtrailIndex],
      query,
      size: 100,
    });
    return result.hits.hits.map((hit) => ({ index: hit._index, id: hit._id ?? '' }));
  }

  it('reads the integration field types back from field_caps', async () => {
    const caps = await client.fieldCaps({
      index: cloudtrailIndex,
      fields: queryFieldNames(parseKql(rule.query)),
    });
    const types = Object.fromEntries(fieldsFromFieldCaps(caps).map((f) => [f.name, f.esTypes]));
    expect(types['data_stream.dataset']).toEqual(['constant_keyword']);
    expect(types['event.action']).toEqual(['keyword']);
    expect(types['aws.cloudtrail.request_parameters']).toEqual(['keyword']);
  });

  it('finds exactly the SSM inventory reconnaissance events, and none in Filebeat-style indices', async () => {
    const hits = await ruleHits();
    expect(hits.every((hit) => hit.index === cloudtrailIndex)).toBe(true);
    expect(hits.map((hit) => hit.id).sort()).toEqual(matching.map((doc) => doc.id).sort());
  });
});

function requireOpenSearchUrl(): string {
  const url = process.env.ENGINE_URL_OPENSEARCH;
  if (!url) throw new Error('ENGINE_URL_OPENSEARCH is not set: run through Jest');
  return url;
}
