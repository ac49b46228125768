// Mappings of the emulated `.alerts-security.alerts-<space>` indices: Kibana's `kibana.alert.*` field names
// and types, explicit types for dates and IPs of the copied source event, keyword for every other string.

type FieldType = 'keyword' | 'date' | 'float' | 'long' | 'boolean' | 'ip' | 'object';

const FIELDS: Readonly<Record<string, FieldType>> = {
  '@timestamp': 'date',
  'event.kind': 'keyword',
  'event.ingested': 'date',
  'event.created': 'date',
  'event.start': 'date',
  'event.end': 'date',
  'source.ip': 'ip',
  'destination.ip': 'ip',
  'client.ip': 'ip',
  'kibana.version': 'keyword',
  'kibana.space_ids': 'keyword',
  'kibana.alert.uuid': 'keyword',
  'kibana.alert.status': 'keyword',
  'kibana.alert.workflow_status': 'keyword',
  'kibana.alert.workflow_reason': 'keyword',
  'kibana.alert.workflow_user': 'keyword',
  'kibana.alert.workflow_status_updated_at': 'date',
  'kibana.alert.severity': 'keyword',
  'kibana.alert.risk_score': 'float',
  'kibana.alert.reason': 'keyword',
  'kibana.alert.original_time': 'date',
  'kibana.alert.start': 'date',
  'kibana.alert.last_detected': 'date',
  'kibana.alert.depth': 'long',
  'kibana.alert.new_terms': 'keyword',
  'kibana.alert.building_block_type': 'keyword',
  'kibana.alert.ancestors.id': 'keyword',
  'kibana.alert.ancestors.index': 'keyword',
  'kibana.alert.ancestors.type': 'keyword',
  'kibana.alert.ancestors.depth': 'long',
  'kibana.alert.original_event.ingested': 'date',
  'kibana.alert.original_event.created': 'date',
  'kibana.alert.rule.uuid': 'keyword',
  'kibana.alert.rule.rule_id': 'keyword',
  'kibana.alert.rule.name': 'keyword',
  'kibana.alert.rule.type': 'keyword',
  'kibana.alert.rule.rule_type_id': 'keyword',
  'kibana.alert.rule.category': 'keyword',
  'kibana.alert.rule.consumer': 'keyword',
  'kibana.alert.rule.producer': 'keyword',
  'kibana.alert.rule.version': 'keyword',
  'kibana.alert.rule.revision': 'long',
  'kibana.alert.rule.tags': 'keyword',
  'kibana.alert.rule.severity': 'keyword',
  'kibana.alert.rule.risk_score': 'float',
  'kibana.alert.rule.interval': 'keyword',
  'kibana.alert.rule.from': 'keyword',
  'kibana.alert.rule.to': 'keyword',
  'kibana.alert.rule.max_signals': 'long',
  'kibana.alert.rule.created_at': 'date',
  'kibana.alert.rule.updated_at': 'date',
  'kibana.alert.rule.execution.uuid': 'keyword',
  'kibana.alert.rule.parameters': 'object',
};

/** `{a.b.c: type}` → nested `properties` objects, the form every engine accepts. */
function toProperties(fields: Readonly<Record<string, FieldType>>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, type] of Object.entries(fields)) {
    const parts = name.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const child = (node[part] ??= { properties: {} }) as { properties: Record<string, unknown> };
      node = child.properties;
    }
    node[parts[parts.length - 1]] =
      type === 'object' ? { type: 'object', enabled: false } : { type };
  }
  return root;
}

export const ALERTS_MAPPINGS = {
  date_detection: false,
  dynamic_templates: [
    {
      strings_as_keyword: {
        match_mapping_type: 'string',
        mapping: { type: 'keyword', ignore_above: 8191 },
      },
    },
  ],
  properties: toProperties(FIELDS),
};
