// Renders a parsed CloudTrail object exactly as the integration pipeline stores it in
// aws.cloudtrail.request_parameters: Painless Map.toString() after the pipeline's "drop empty values" script.

import { javaHashMapOrder } from './java_hash_map_order';
import { isJsonObject, type JsonObject, type JsonValue } from './json_value';

/**
 * A copy of `value` without null, "" and (recursively) empty maps and lists, or undefined when nothing is
 * left: what the pipeline's first script does to the whole record before anything reads it.
 */
export function pruneEmpty(value: JsonValue): JsonValue | undefined {
  if (value === null || value === '') return undefined;
  if (Array.isArray(value)) {
    const kept = value.map(pruneEmpty).filter((v): v is JsonValue => v !== undefined);
    return kept.length === 0 ? undefined : kept;
  }
  if (isJsonObject(value)) {
    const kept: JsonObject = {};
    let any = false;
    for (const [key, child] of Object.entries(value)) {
      const pruned = pruneEmpty(child);
      if (pruned !== undefined) {
        kept[key] = pruned;
        any = true;
      }
    }
    return any ? kept : undefined;
  }
  return value;
}

function renderNumber(n: number): string {
  // Jackson reads integral JSON numbers as Integer/Long and the rest as Double; Double.toString of
  // the values CloudTrail carries (no exponents) matches JavaScript's except for integral doubles,
  // which JSON.parse cannot tell apart from integers anyway.
  return String(n);
}

function renderScalar(value: JsonValue): string {
  return typeof value === 'number' ? renderNumber(value) : String(value);
}

function renderMap(map: JsonObject): string {
  // The table size was fixed when every original key was inserted; pruning removes entries in place.
  const parts: string[] = [];
  for (const key of javaHashMapOrder(Object.keys(map))) {
    const pruned = pruneEmpty(map[key]);
    if (pruned !== undefined) parts.push(`${key}=${renderPruned(map[key])}`);
  }
  return `{${parts.join(', ')}}`;
}

/** Renders a value whose own entries may still need pruning (nested maps keep their own table size). */
function renderPruned(value: JsonValue): string {
  if (Array.isArray(value)) {
    const kept = value.filter((v) => pruneEmpty(v) !== undefined);
    return `[${kept.map(renderPruned).join(', ')}]`;
  }
  if (isJsonObject(value)) return renderMap(value);
  return renderScalar(value);
}

/**
 * The pipeline's `ctx.json.requestParameters.toString()` for a record's object, or undefined when the
 * object is null or prunes to nothing (the field is then absent from the document).
 */
export function javaMapToString(value: JsonValue | undefined): string | undefined {
  if (value === undefined || pruneEmpty(value) === undefined) return undefined;
  return renderPruned(value);
}
