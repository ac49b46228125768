// Turns a field_caps answer into what the rule needs to know per field: mapped where, as what, aggregatable.
import type { estypes } from '@elastic/elasticsearch';
import type { FieldMapping } from '../../../common/api';
import type { FieldRole } from './readiness_plan';

export interface MappedField {
  field: string;
  /** Mapped types across the pattern's indices (no "unmapped"). */
  types: string[];
  aggregatable: boolean;
  /** Indices of the pattern where the field has no mapping at all. */
  unmappedIndices: string[];
}

const DATE_TYPES = new Set(['date', 'date_nanos']);

function asList(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}

/** Expects a field_caps call made with `include_unmapped: true`, so partly mapped fields show up. */
export function summarizeFieldCaps(
  response: estypes.FieldCapsResponse,
  fields: string[],
): Map<string, MappedField> {
  const allIndices = asList(response.indices) ?? [];
  const summary = new Map<string, MappedField>();
  for (const field of fields) {
    const byType = response.fields[field] ?? {};
    const types = Object.keys(byType).filter((type) => type !== 'unmapped');
    const unmapped = byType.unmapped;
    const unmappedIndices = unmapped
      ? (asList(unmapped.indices) ?? (types.length === 0 ? allIndices : []))
      : types.length === 0
        ? allIndices
        : [];
    const aggregatable =
      types.length > 0 &&
      types.every((type) => {
        const caps = byType[type];
        return caps.aggregatable && (asList(caps.non_aggregatable_indices) ?? []).length === 0;
      });
    summary.set(field, { field, types: types.sort(), aggregatable, unmappedIndices });
  }
  return summary;
}

/** Whether a field's mapping serves every role the rule gives it. */
export function mappingServesRoles(mapped: MappedField, roles: FieldRole[]): boolean {
  if (mapped.types.length === 0) return false;
  if (roles.includes('new_terms') && !mapped.aggregatable) return false;
  if (roles.includes('timestamp_override') && !mapped.types.every((type) => DATE_TYPES.has(type))) {
    return false;
  }
  return true;
}

export function toFieldMapping(mapped: MappedField, roles: FieldRole[]): FieldMapping {
  return {
    field: mapped.field,
    roles,
    types: mapped.types,
    aggregatable: mapped.aggregatable,
    ok: mappingServesRoles(mapped, roles),
  };
}
