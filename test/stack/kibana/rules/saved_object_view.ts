// A rule as Kibana's alerting saved object (`alert.attributes.*`), which `_find`'s KQL filter addresses.
import { flatten, type FlatDocument } from './flat_document';
import type { StoredRule } from './stored_rule';

const RULE_TYPE_IDS: Readonly<Record<string, string>> = {
  query: 'siem.queryRule',
  saved_query: 'siem.savedQueryRule',
  eql: 'siem.eqlRule',
  esql: 'siem.esqlRule',
  threshold: 'siem.thresholdRule',
  threat_match: 'siem.indicatorRule',
  machine_learning: 'siem.mlRule',
  new_terms: 'siem.newTermsRule',
};

/** Attributes that live outside `params` in the saved object. */
const TOP_LEVEL = new Set(['name', 'tags', 'interval', 'actions', 'throttle', 'enabled']);

/** Fields mapped as `text` in the saved-object mapping (matched by words, not exactly). */
export const SAVED_OBJECT_TEXT_FIELDS: ReadonlySet<string> = new Set(['alert.attributes.name']);

const camel = (key: string) =>
  key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

function camelDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelDeep);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, inner]) => [
      camel(key),
      camelDeep(inner),
    ]),
  );
}

export function savedObjectAttributes(rule: StoredRule): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rule.params)) {
    if (!TOP_LEVEL.has(key)) params[camel(key)] = camelDeep(value);
  }
  params.ruleId = rule.params.rule_id;
  params.immutable = rule.immutable;
  params.ruleSource = camelDeep(rule.ruleSource);
  return {
    name: rule.params.name,
    tags: rule.params.tags,
    enabled: rule.enabled,
    alertTypeId: RULE_TYPE_IDS[rule.params.type] ?? `siem.${rule.params.type}`,
    consumer: 'siem',
    schedule: { interval: rule.params.interval },
    createdBy: rule.createdBy,
    updatedBy: rule.updatedBy,
    createdAt: rule.createdAt,
    updatedAt: rule.updatedAt,
    revision: rule.revision,
    params,
  };
}

export function savedObjectDocument(rule: StoredRule): FlatDocument {
  return flatten({ alert: { attributes: savedObjectAttributes(rule) } });
}
