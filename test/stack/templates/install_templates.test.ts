// The templates on the real engine: they install (twice), data streams pick them up, and field_caps
// reports the integration's types for the rule's fields.

import { engineFromEnv } from '../engine/engine_kind';
import { fieldTypeOn } from './engine_field_types';
import type { Client } from '@elastic/elasticsearch';
import { createTestEsClient } from '../engine/test_client';
import { makeDocument } from '../data/document_factory';
import { loadFixturePairs } from '../data/fixture_pairs';
import { cloudTrailProperties } from './cloudtrail_field_mappings';
import { installCloudTrailTemplates } from './install_templates';
import { cloudTrailNamespaceTemplate } from './logs_aws_cloudtrail_template';
import { mappingLeaves } from './mapping_leaves';

const SUFFIX = `t${process.pid}${Date.now().toString(36)}`;
const NAMESPACE = `itest_${SUFFIX}`;
const FILEBEAT_VERSION = `itest-${SUFFIX}`;
const DATA_STREAM = `logs-aws.cloudtrail-${NAMESPACE}`;
const FILEBEAT_STREAM = `filebeat-${FILEBEAT_VERSION}`;

describe('CloudTrail index templates on the engine', () => {
  let client: Client;

  beforeAll(async () => {
    client = createTestEsClient();
    await installCloudTrailTemplates(client, { namespaces: ['default', NAMESPACE] });
  });

  afterAll(async () => {
    await client.indices.deleteDataStream(
      { name: [DATA_STREAM, FILEBEAT_STREAM] },
      { ignore: [404] },
    );
    await client.indices.deleteIndexTemplate(
      { name: `logs-aws.cloudtrail-${NAMESPACE}` },
      { ignore: [404] },
    );
    await client.close();
  });

  it('installs idempotently', async () => {
    const again = await installCloudTrailTemplates(client, { namespaces: ['default', NAMESPACE] });
    expect(again.indexTemplates).toEqual([
      'logs-aws.cloudtrail',
      'logs-aws.cloudtrail-default',
      `logs-aws.cloudtrail-${NAMESPACE}`,
      'filebeat',
    ]);
    const { index_templates } = await client.indices.getIndexTemplate({
      name: 'logs-aws.cloudtrail*',
    });
    expect(index_templates.map((t) => t.name)).toEqual(
      expect.arrayContaining(['logs-aws.cloudtrail', `logs-aws.cloudtrail-${NAMESPACE}`]),
    );
    const component = await client.cluster.getComponentTemplate({
      name: 'logs-aws.cloudtrail@package',
    });
    expect(component.component_templates).toHaveLength(1);
  });

  it("turns the first document into a data stream with the integration's field types", async () => {
    const settings = {
      namespace: NAMESPACE,
      filebeatVersion: FILEBEAT_VERSION,
      flattened: true,
      preserveOriginal: true,
    };
    const now = Date.now();
    const operations = loadFixturePairs().flatMap((pair, i) => {
      const integration = makeDocument(settings, pair.record, now + i, true, 'integration');
      const filebeat = makeDocument(settings, pair.record, now + i, true, 'filebeat');
      return [
        { create: { _index: integration.index } },
        integration.doc,
        { create: { _index: filebeat.index } },
        filebeat.doc,
      ];
    });
    const response = await client.bulk({ operations, refresh: true });
    expect(response.items.filter((item) => item.create?.error)).toEqual([]);

    const { data_streams } = await client.indices.getDataStream({
      name: [DATA_STREAM, FILEBEAT_STREAM],
    });
    expect(data_streams.map((s) => s.name).sort()).toEqual([DATA_STREAM, FILEBEAT_STREAM].sort());

    const caps = await client.fieldCaps({
      index: DATA_STREAM,
      fields: [
        'data_stream.dataset',
        'data_stream.namespace',
        'event.dataset',
        'aws.cloudtrail.request_parameters',
        'aws.cloudtrail.user_identity.type',
        'aws.cloudtrail.read_only',
        'event.ingested',
        'source.ip',
        'user.name',
        'cloud.account.id',
        'user_agent.original',
      ],
    });
    // OpenSearch also lists the parent objects; keep the leaves.
    const types = Object.fromEntries(
      Object.entries(caps.fields)
        .map(([name, byType]) => [name, Object.keys(byType)] as const)
        .filter(([, kinds]) => !kinds.includes('object')),
    );
    const constant = fieldTypeOn(engineFromEnv(process.env), 'constant_keyword');
    expect(types).toEqual({
      'data_stream.dataset': [constant],
      'data_stream.namespace': [constant],
      'event.dataset': [constant],
      'aws.cloudtrail.request_parameters': ['keyword'],
      'aws.cloudtrail.user_identity.type': ['keyword'],
      'aws.cloudtrail.read_only': ['boolean'],
      'event.ingested': ['date'],
      'source.ip': ['ip'],
      'user.name': ['keyword'],
      'cloud.account.id': ['keyword'],
      'user_agent.original': ['keyword'],
    });
    expect(caps.fields['cloud.account.id'].keyword.aggregatable).toBe(true);
  });

  it('maps no field dynamically: the template covers every field the documents carry', async () => {
    const mapping = await client.indices.getMapping({ index: DATA_STREAM });
    const [backing] = Object.values(mapping);
    const live = mappingLeaves(backing.mappings.properties ?? {});
    const declared = {
      ...mappingLeaves(cloudTrailProperties('integration')),
      ...mappingLeaves(cloudTrailNamespaceTemplate(NAMESPACE).template!.mappings!.properties!),
    };
    const dynamic = Object.keys(live).filter((path) => declared[path] === undefined);
    expect(dynamic).toEqual([]);
    expect(Object.keys(live).length).toBeGreaterThan(60);
  });

  it("keeps data_stream.dataset out of filebeat-* so the rule's first clause matches nothing there", async () => {
    const matches = async (index: string) =>
      (await client.count({ index, query: { term: { 'data_stream.dataset': 'aws.cloudtrail' } } }))
        .count;
    expect(await matches(DATA_STREAM)).toBe(8);
    expect(await matches(FILEBEAT_STREAM)).toBe(0);
    expect(
      (
        await client.count({
          index: FILEBEAT_STREAM,
          query: { term: { 'event.dataset': 'aws.cloudtrail' } },
        })
      ).count,
    ).toBe(8);
  });
});
