// Every field the generator writes is mapped explicitly, with a type that fits its JSON value.

import { fieldShape, type LeafType } from '../data/field_shape';
import { generateCloudTrail } from '../data/generate';
import { cloudTrailProperties } from './cloudtrail_field_mappings';
import { filebeatIndexTemplate } from './filebeat_template';
import {
  cloudTrailIndexTemplate,
  cloudTrailNamespaceTemplate,
} from './logs_aws_cloudtrail_template';
import { mappingLeaves } from './mapping_leaves';

const FITS: Record<LeafType, string[]> = {
  string: ['keyword', 'constant_keyword', 'date', 'ip', 'match_only_text', 'text'],
  number: ['long', 'integer', 'double', 'float'],
  boolean: ['boolean', 'keyword'],
  object: ['object'],
  null: [],
};

/** The mapping type covering `path`: its own, a disabled ancestor's, or geo_point for lat/lon. */
function typeFor(leaves: Record<string, string>, path: string): string | undefined {
  if (leaves[path] !== undefined) return leaves[path];
  const parts = path.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    const ancestor = leaves[parts.slice(0, i).join('.')];
    if (ancestor === 'object-disabled') return ancestor;
    if (ancestor === 'geo_point' && i === parts.length - 1) return ancestor;
  }
  return undefined;
}

describe('CloudTrail mappings', () => {
  const { documents } = generateCloudTrail({
    now: '2026-03-01T12:00:00Z',
    days: 2,
    eventsPerDay: 1500,
    filebeatShare: 0.2,
    preserveOriginal: true,
  });
  const shapes: Record<string, Record<string, LeafType>> = { integration: {}, filebeat: {} };
  for (const { index, doc } of documents()) {
    Object.assign(
      shapes[index.startsWith('filebeat-') ? 'filebeat' : 'integration'],
      fieldShape(doc),
    );
  }

  it.each(['integration', 'filebeat'] as const)(
    '%s: every generated field has a fitting mapping',
    (flavour) => {
      const leaves = mappingLeaves(cloudTrailProperties(flavour));
      if (flavour === 'integration') {
        Object.assign(
          leaves,
          mappingLeaves(cloudTrailIndexTemplate().template!.mappings!.properties!),
        );
      }
      const problems = Object.entries(shapes[flavour])
        .map(([path, json]) => [path, json, typeFor(leaves, path)] as const)
        .filter(
          ([, json, type]) =>
            type !== 'object-disabled' && type !== 'geo_point' && !FITS[json].includes(type ?? ''),
        )
        .map(([path, json, type]) => `${path}: ${json} → ${type ?? 'unmapped'}`);
      expect(problems).toEqual([]);
      expect(Object.keys(shapes[flavour]).length).toBeGreaterThan(60);
    },
  );

  it("maps the rule's fields as the integration does", () => {
    const leaves = mappingLeaves(cloudTrailProperties('integration'));
    expect(leaves).toMatchObject({
      'aws.cloudtrail.request_parameters': 'keyword',
      'aws.cloudtrail.user_identity.type': 'keyword',
      'aws.cloudtrail.read_only': 'boolean',
      'cloud.account.id': 'keyword',
      'user.name': 'keyword',
      'event.ingested': 'date',
      'source.ip': 'ip',
      'event.dataset': 'constant_keyword',
    });
    const requestParameters = cloudTrailProperties('integration').aws as {
      properties: { cloudtrail: { properties: Record<string, unknown> } };
    };
    expect(requestParameters.properties.cloudtrail.properties.request_parameters).toEqual({
      type: 'keyword',
      ignore_above: 8191,
      fields: { text: { type: 'text' } },
    });
    expect(mappingLeaves(cloudTrailProperties('filebeat'))['aws.cloudtrail.read_only']).toBe(
      'keyword',
    );
  });

  it("keeps data_stream.* constant in the integration templates and absent from Filebeat's", () => {
    const ns = mappingLeaves(cloudTrailNamespaceTemplate('prod').template!.mappings!.properties!);
    expect(ns).toEqual({
      'data_stream.type': 'constant_keyword',
      'data_stream.dataset': 'constant_keyword',
      'data_stream.namespace': 'constant_keyword',
    });
    expect(cloudTrailNamespaceTemplate('prod').index_patterns).toEqual([
      'logs-aws.cloudtrail-prod',
    ]);
    const filebeat = mappingLeaves(filebeatIndexTemplate().template!.mappings!.properties!);
    expect(Object.keys(filebeat).filter((p) => p.startsWith('data_stream.'))).toEqual([]);
    expect(filebeat['event.dataset']).toBe('keyword');
  });
});
