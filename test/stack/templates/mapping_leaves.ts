// Flattens index mappings (template properties or a live index mapping) to field path → type.

import type { MappingProperty } from '@elastic/elasticsearch/lib/api/types';

export function mappingLeaves(
  properties: Record<string, MappingProperty>,
  prefix = '',
  out: Record<string, string> = {},
): Record<string, string> {
  for (const [name, property] of Object.entries(properties)) {
    const path = prefix === '' ? name : `${prefix}.${name}`;
    const nested = (property as { properties?: Record<string, MappingProperty> }).properties;
    const type = (property as { type?: string }).type;
    if (nested !== undefined && (type === undefined || type === 'object' || type === 'nested')) {
      mappingLeaves(nested, path, out);
    } else if (type === 'object' && (property as { enabled?: boolean }).enabled === false) {
      out[path] = 'object-disabled';
    } else if (type !== undefined) {
      out[path] = type;
    }
  }
  return out;
}
