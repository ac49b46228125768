// The legacy Filebeat index template for `filebeat-*` data streams (Filebeat 8 writes filebeat-<version>):
// the aws module's CloudTrail fields, event.dataset as a keyword, and no data_stream.* at all.

import type { IndicesPutIndexTemplateRequest } from '@elastic/elasticsearch/lib/api/types';
import { STRINGS_AS_KEYWORD, cloudTrailProperties } from './cloudtrail_field_mappings';

export const FILEBEAT_INDEX_TEMPLATE = 'filebeat';
export const FILEBEAT_PRIORITY = 150;

export function filebeatIndexTemplate(): IndicesPutIndexTemplateRequest {
  return {
    name: FILEBEAT_INDEX_TEMPLATE,
    index_patterns: ['filebeat-*'],
    data_stream: {},
    priority: FILEBEAT_PRIORITY,
    _meta: { beat: 'filebeat', module: 'aws', fileset: 'cloudtrail' },
    template: {
      settings: { index: { number_of_shards: 1, number_of_replicas: 0 } },
      mappings: {
        dynamic_templates: STRINGS_AS_KEYWORD,
        properties: cloudTrailProperties('filebeat'),
      },
    },
  };
}
