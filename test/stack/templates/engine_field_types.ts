// The one place where the test stack's mappings depend on the engine: field types that the embedded Elasticsearch
// lacks (they live in x-pack modules that are not published on Maven Central) and what stands in for them there.
// Real Elasticsearch clusters and OpenSearch have them all; the substitutes keep the same query semantics for the
// data the stack writes (every document carries its data_stream.* and event.dataset values explicitly).
import type { Client } from '@elastic/elasticsearch';
import type { EngineKind } from '../engine/engine_kind';

/** Missing field type → its stand-in on the embedded Elasticsearch. Extra parameters of the original are dropped. */
export const EMBEDDED_ELASTICSEARCH_SUBSTITUTES: Readonly<Record<string, string>> = {
  constant_keyword: 'keyword',
  wildcard: 'keyword',
  match_only_text: 'text',
  scaled_float: 'float',
};

/** Parameters each stand-in keeps from the original mapping (the rest would be rejected). */
const KEPT_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  keyword: ['ignore_above', 'fields', 'null_value', 'doc_values', 'index'],
  text: ['fields', 'analyzer'],
  float: ['fields', 'null_value', 'doc_values', 'index', 'coerce', 'ignore_malformed'],
};

/** Which substitutes an engine needs: none for OpenSearch (it has the x-pack types' equivalents). */
export type FieldTypeSubstitutes = Readonly<Record<string, string>>;

const substitutesByClient = new WeakMap<Client, Promise<FieldTypeSubstitutes>>();

/** Learns once per client, from `GET /`, whether the engine is the embedded Elasticsearch. */
export function fieldTypeSubstitutes(client: Client): Promise<FieldTypeSubstitutes> {
  let known = substitutesByClient.get(client);
  if (!known) {
    known = client.info().then((info) => {
      const distribution = (info.version as { distribution?: string }).distribution;
      return distribution === 'opensearch' ? {} : EMBEDDED_ELASTICSEARCH_SUBSTITUTES;
    });
    known.catch(() => substitutesByClient.delete(client));
    substitutesByClient.set(client, known);
  }
  return known;
}

/**
 * A copy of a mapping (or template body, or any JSON holding mappings) with every missing field type replaced by
 * its stand-in, wherever a `type` key names one.
 */
export function withSubstitutes<T>(mapping: T, substitutes: FieldTypeSubstitutes): T {
  if (Object.keys(substitutes).length === 0) return mapping;
  return rewrite(mapping, substitutes) as T;
}

function rewrite(value: unknown, substitutes: FieldTypeSubstitutes): unknown {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, substitutes));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const type = record.type;
  const replacement = typeof type === 'string' ? substitutes[type] : undefined;
  const entries = Object.entries(record).map(
    ([key, inner]) => [key, rewrite(inner, substitutes)] as const,
  );
  if (replacement === undefined) return Object.fromEntries(entries);
  const kept = KEPT_PARAMETERS[replacement] ?? [];
  return {
    type: replacement,
    ...Object.fromEntries(entries.filter(([key]) => kept.includes(key))),
  };
}

/** The type a field mapped as `type` in the test templates has on an engine (what field_caps reports). */
export function fieldTypeOn(kind: EngineKind, type: string): string {
  return kind === 'elasticsearch' ? (EMBEDDED_ELASTICSEARCH_SUBSTITUTES[type] ?? type) : type;
}
