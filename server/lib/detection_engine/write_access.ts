// Whether the caller may change the rule, answered by Kibana's own authorization rather than guessed from
// roles: a dry-run `_bulk_action` (disable) on the rule changes nothing and is refused with 403 to a user
// without the rules-all privilege. Before the rule exists, the same dry run goes by a rule_id filter.
import type { Capabilities } from '../../../common/api';
import { HttpError } from '../errors';
import { KibanaApiError } from './kibana_api_error';
import {
  type BulkSelection,
  type DetectionEngineClient,
  ruleIdFilter,
} from './detection_engine_client';

export type WriteAccessTarget = { ids: readonly string[] } | { ruleIds: readonly string[] };

function selectionFor(target: WriteAccessTarget): BulkSelection {
  return 'ids' in target ? { ids: target.ids } : { query: ruleIdFilter(target.ruleIds) };
}

export async function checkWriteAccess(
  detectionEngine: DetectionEngineClient,
  target: WriteAccessTarget,
): Promise<Capabilities> {
  try {
    const result = await detectionEngine.bulkAction('disable', selectionFor(target), {
      dryRun: true,
    });
    const refused = result.errors.find(
      (error) => error.statusCode === 403 || error.statusCode === 401,
    );
    if (refused)
      return {
        canWrite: false,
        reason: `Kibana refuses changes to this rule for you: ${refused.message}`,
      };
    return { canWrite: true, reason: null };
  } catch (error) {
    if (error instanceof KibanaApiError && error.statusCode === 401) throw error;
    if (error instanceof KibanaApiError && error.statusCode === 403) {
      return {
        canWrite: false,
        reason:
          'Your Kibana role can read detection rules but not change them (the Security Rules "All" privilege is needed).',
      };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return {
      canWrite: false,
      reason: `Your privileges to change rules could not be checked: ${detail}`,
    };
  }
}

/** For write routes whose work turned out to be a no-op: a reader still gets the 403 the write would give. */
export async function assertWriteAccess(
  detectionEngine: DetectionEngineClient,
  target: WriteAccessTarget,
): Promise<void> {
  const access = await checkWriteAccess(detectionEngine, target);
  if (!access.canWrite) throw new HttpError(403, access.reason ?? 'Forbidden');
}
