// A new-terms alert as Kibana writes it: the source event's fields copied in, `event.kind: signal`, the
// original `event.*` kept under `kibana.alert.original_event`, and the `kibana.alert.*` fields.
import { createHash } from 'node:crypto';
import type { StoredRule } from '../rules/stored_rule';
import { reasonMessage } from './reason_message';

export interface SourceHit {
  _index: string;
  _id: string;
  _version?: number;
  _source: Record<string, unknown>;
}

export interface AlertDocument {
  _id: string;
  _source: Record<string, unknown>;
}

/** The Kibana version the emulated alerts claim to come from. */
export const EMULATED_KIBANA_VERSION = '9.1.0';

/**
 * Deterministic like Kibana's (a hash of the event, the rule and the new terms), so a window searched twice
 * cannot raise the same alert twice.
 */
export function alertId(hit: SourceHit, space: string, ruleId: string, terms: unknown[]): string {
  return createHash('sha256')
    .update(
      JSON.stringify([hit._index, hit._id, String(hit._version ?? 1), `${space}:${ruleId}`, terms]),
    )
    .digest('hex');
}

export function buildAlert(args: {
  hit: SourceHit;
  newTerms: unknown[];
  rule: StoredRule;
  executionUuid: string;
  now: Date;
  originalTime: string | undefined;
}): AlertDocument {
  const { hit, rule, now } = args;
  const params = rule.params;
  const id = alertId(hit, rule.space, rule.id, args.newTerms);
  const { event: originalEvent, ...rest } = hit._source as { event?: Record<string, unknown> };
  const timestamp = now.toISOString();
  const source: Record<string, unknown> = {
    ...rest,
    ...(originalEvent
      ? { event: { ...originalEvent, kind: 'signal' } }
      : { 'event.kind': 'signal' }),
    '@timestamp': timestamp,
    'kibana.version': EMULATED_KIBANA_VERSION,
    'kibana.space_ids': [rule.space],
    'kibana.alert.uuid': id,
    'kibana.alert.status': 'active',
    'kibana.alert.workflow_status': 'open',
    'kibana.alert.depth': 1,
    'kibana.alert.start': timestamp,
    'kibana.alert.last_detected': timestamp,
    'kibana.alert.original_time': args.originalTime,
    'kibana.alert.original_event': originalEvent ?? {},
    'kibana.alert.ancestors': [{ id: hit._id, type: 'event', index: hit._index, depth: 0 }],
    'kibana.alert.reason': reasonMessage(hit._source, params.name, params.severity),
    'kibana.alert.severity': params.severity,
    'kibana.alert.risk_score': params.risk_score,
    // Kibana writes the aggregation's keys as they come: numbers and booleans keep their type.
    'kibana.alert.new_terms': args.newTerms,
    'kibana.alert.rule.uuid': rule.id,
    'kibana.alert.rule.rule_id': params.rule_id,
    'kibana.alert.rule.name': params.name,
    'kibana.alert.rule.type': params.type,
    'kibana.alert.rule.rule_type_id': 'siem.newTermsRule',
    'kibana.alert.rule.category': 'New Terms Rule',
    'kibana.alert.rule.consumer': 'siem',
    'kibana.alert.rule.producer': 'siem',
    'kibana.alert.rule.version': String(params.version),
    'kibana.alert.rule.revision': rule.revision,
    'kibana.alert.rule.tags': params.tags,
    'kibana.alert.rule.severity': params.severity,
    'kibana.alert.rule.risk_score': params.risk_score,
    'kibana.alert.rule.interval': params.interval,
    'kibana.alert.rule.from': params.from,
    'kibana.alert.rule.to': params.to,
    'kibana.alert.rule.max_signals': params.max_signals,
    'kibana.alert.rule.created_at': rule.createdAt,
    'kibana.alert.rule.updated_at': rule.updatedAt,
    'kibana.alert.rule.execution.uuid': args.executionUuid,
    'kibana.alert.rule.parameters': params,
  };
  return { _id: id, _source: source };
}
