// The index templates of the integration's data stream `logs-aws.cloudtrail-<namespace>`: a component
// template with the package's mappings, a general index template, and one per known namespace.

import type {
  ClusterPutComponentTemplateRequest,
  IndicesPutIndexTemplateRequest,
} from '@elastic/elasticsearch/lib/api/types';
import { STRINGS_AS_KEYWORD, cloudTrailProperties } from './cloudtrail_field_mappings';

export const CLOUDTRAIL_COMPONENT_TEMPLATE = 'logs-aws.cloudtrail@package';
export const CLOUDTRAIL_INDEX_TEMPLATE = 'logs-aws.cloudtrail';
/** Fleet gives integration templates priority 200; per-namespace templates sit just above. */
export const CLOUDTRAIL_PRIORITY = 200;
export const CLOUDTRAIL_NAMESPACE_PRIORITY = 210;

const META = { package: { name: 'aws' }, data_stream: 'aws.cloudtrail' };

export function cloudTrailComponentTemplate(): ClusterPutComponentTemplateRequest {
  return {
    name: CLOUDTRAIL_COMPONENT_TEMPLATE,
    _meta: META,
    template: {
      settings: { index: { number_of_shards: 1, number_of_replicas: 0 } },
      mappings: {
        dynamic_templates: STRINGS_AS_KEYWORD,
        properties: cloudTrailProperties('integration'),
      },
    },
  };
}

const constant = (value: string) => ({ type: 'constant_keyword' as const, value });

/**
 * Every logs-aws.cloudtrail-* data stream. data_stream.namespace is a plain keyword here because
 * OpenSearch's constant_keyword needs its value up front (Elasticsearch takes the first document's).
 */
export function cloudTrailIndexTemplate(): IndicesPutIndexTemplateRequest {
  return {
    name: CLOUDTRAIL_INDEX_TEMPLATE,
    index_patterns: ['logs-aws.cloudtrail-*'],
    data_stream: {},
    priority: CLOUDTRAIL_PRIORITY,
    composed_of: [CLOUDTRAIL_COMPONENT_TEMPLATE],
    _meta: META,
    template: {
      mappings: {
        properties: {
          data_stream: {
            properties: {
              type: constant('logs'),
              dataset: constant('aws.cloudtrail'),
              namespace: { type: 'keyword' },
            },
          },
        },
      },
    },
  };
}

/** One namespace's data stream, with all three data_stream.* fields constant as Fleet maps them. */
export function cloudTrailNamespaceTemplate(namespace: string): IndicesPutIndexTemplateRequest {
  return {
    name: `${CLOUDTRAIL_INDEX_TEMPLATE}-${namespace}`,
    index_patterns: [`logs-aws.cloudtrail-${namespace}`],
    data_stream: {},
    priority: CLOUDTRAIL_NAMESPACE_PRIORITY,
    composed_of: [CLOUDTRAIL_COMPONENT_TEMPLATE],
    _meta: META,
    template: {
      mappings: {
        properties: {
          data_stream: {
            properties: {
              type: constant('logs'),
              dataset: constant('aws.cloudtrail'),
              namespace: constant(namespace),
            },
          },
        },
      },
    },
  };
}
