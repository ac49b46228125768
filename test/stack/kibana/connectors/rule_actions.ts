// A rule's `actions` as Kibana's rules client takes them on create and patch: each must name a connector of the
// space (the Actions client's 404 otherwise), use the rule type's one action group (`default` for detection rules)
// and pass the alerting plugin's validateActions checks; Kibana then stores the connector's own type, a uuid per
// action, and the Detection Engine's default frequency (a summary per run) where none was given.
import { randomUUID } from 'node:crypto';
import { durationMs } from '../../../../common/time';
import { platformError, siemError } from '../http/kibana_error';
import type { ConnectorStore } from './connector_store';

/** Detection rules declare one action group. */
const ACTION_GROUPS = new Set(['default']);

/** What the Detection Engine stores for an action that names no frequency. */
export const DEFAULT_FREQUENCY = { summary: true, notifyWhen: 'onActiveAlert', throttle: null };

type Action = Record<string, unknown>;

function frequencyOf(action: Action): Record<string, unknown> | null {
  const frequency = action.frequency;
  return typeof frequency === 'object' && frequency !== null
    ? (frequency as Record<string, unknown>)
    : null;
}

/** The stored form of `actions`, or Kibana's error for the first thing it refuses. */
export function normalizeRuleActions(
  actions: unknown,
  space: string,
  connectors: ConnectorStore,
  interval: string,
): Action[] {
  if (!Array.isArray(actions) || actions.length === 0) return [];
  const list = actions as Action[];
  for (const action of list) {
    const id = String(action.id);
    if (!connectors.get(space, id)) {
      throw platformError(404, `Saved object [action/${id}] not found`);
    }
  }
  const errors: string[] = [];
  const uuids = list.map((action) => action.uuid).filter((uuid) => uuid !== undefined);
  if (new Set(uuids).size < uuids.length) errors.push('Actions have duplicated UUIDs');
  const missingSecrets = list
    .map((action) => connectors.get(space, String(action.id))!)
    .filter((connector) => connector.is_missing_secrets);
  if (missingSecrets.length > 0) {
    errors.push(`Invalid connectors: ${missingSecrets.map((c) => c.name).join(', ')}`);
  }
  const badGroups = list.map((a) => String(a.group)).filter((group) => !ACTION_GROUPS.has(group));
  if (badGroups.length > 0) errors.push(`Invalid action groups: ${badGroups.join(', ')}`);
  const scheduleMs = durationMs(interval) ?? 0;
  const shortThrottles = list.filter((action) => {
    const frequency = frequencyOf(action);
    return (
      frequency?.notifyWhen === 'onThrottleInterval' &&
      (durationMs(String(frequency.throttle)) ?? 0) < scheduleMs
    );
  });
  if (shortThrottles.length > 0) {
    errors.push(
      `Action frequency cannot be shorter than the schedule interval of ${interval}: ${shortThrottles
        .map((a) => `${String(a.group)} (${String(frequencyOf(a)?.throttle)})`)
        .join(', ')}`,
    );
  }
  if (errors.length === 1) {
    throw siemError(400, `Failed to validate actions due to the following error: ${errors[0]}`);
  }
  if (errors.length > 1) {
    throw siemError(
      400,
      `Failed to validate actions due to the following ${errors.length} errors:\n- ${errors.join('\n- ')}`,
    );
  }
  return list.map((action) => ({
    ...action,
    action_type_id: connectors.get(space, String(action.id))!.connector_type_id,
    uuid: typeof action.uuid === 'string' ? action.uuid : randomUUID(),
    frequency: frequencyOf(action) ?? DEFAULT_FREQUENCY,
  }));
}
