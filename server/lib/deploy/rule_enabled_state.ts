// Brings a rule to the enabled state asked for, through `_bulk_action` (which, unlike PATCH, leaves the
// rule's revision alone). Kibana's refusal for the caller comes back as their 403.
import { HttpError, UpstreamError } from '../errors';
import type { DetectionEngineClient } from '../detection_engine/detection_engine_client';
import type { KibanaRule } from '../detection_engine/kibana_rule';

export interface EnabledChange {
  rule: KibanaRule;
  changed: boolean;
}

export async function applyEnabled(
  detectionEngine: DetectionEngineClient,
  rule: KibanaRule,
  enabled: boolean | undefined,
  dryRun: boolean,
): Promise<EnabledChange> {
  if (enabled === undefined || rule.enabled === enabled) return { rule, changed: false };
  if (dryRun) return { rule: { ...rule, enabled }, changed: true };
  const result = await detectionEngine.bulkAction(enabled ? 'enable' : 'disable', {
    ids: [rule.id],
  });
  const error = result.errors[0];
  if (error) {
    if (error.statusCode === 403 || error.statusCode === 401) {
      throw new HttpError(
        error.statusCode,
        `Kibana refused to ${enabled ? 'enable' : 'disable'} the rule: ${error.message}`,
      );
    }
    throw new UpstreamError(
      502,
      `Kibana could not ${enabled ? 'enable' : 'disable'} the rule: ${error.message}`,
      'kibana',
    );
  }
  const updated = result.updated.find((candidate) => candidate.id === rule.id);
  return { rule: updated ?? { ...rule, enabled }, changed: true };
}
