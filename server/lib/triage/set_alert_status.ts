// The triage service: sets the workflow status of chosen alerts of this rule through Kibana's own
// `POST /api/detection_engine/signals/status`, as the caller — Kibana and Elasticsearch decide whether they may.
import type { TriageRequest, TriageResponse } from '../../../common/api';
import { ALERT_RULE_UUID, ALERT_UUID } from '../alerts/alerts_search';
import { copyIds, deployableRule, findRuleCopies } from '../deploy/rule_copies';
import { KibanaApiError } from '../detection_engine/kibana_api_error';
import { HttpError } from '../errors';
import type { ServiceContext } from '../service_context';

/** What a caller who may read but not triage alerts is told (Kibana's detail follows it). */
export const READ_ONLY_TRIAGE =
  'You may read these alerts but not change their status: triage needs the Security feature with write access ' +
  'to alerts and the write privilege on the alerts index (.alerts-security.alerts-<space>), as Kibana’s analyst ' +
  'roles grant. Nothing was changed.';

/**
 * Two upstream requests: the `_find` for the deployed copies, then one status change by query. The query keeps to
 * this rule's alerts, so ids of other rules' alerts change nothing.
 */
export async function setAlertStatus(
  ctx: ServiceContext,
  request: TriageRequest,
): Promise<TriageResponse> {
  const ruleUuids = copyIds(await findRuleCopies(ctx.detectionEngine, deployableRule(ctx.rule)));
  if (ruleUuids.length === 0) {
    throw new HttpError(
      404,
      'The rule is not deployed in this space, so it has no alerts to triage.',
    );
  }
  try {
    const result = await ctx.detectionEngine.setSignalsStatus({
      status: request.status,
      conflicts: 'proceed',
      query: {
        bool: {
          filter: [
            { terms: { [ALERT_UUID]: request.ids } },
            { terms: { [ALERT_RULE_UUID]: ruleUuids } },
          ],
        },
      },
    });
    return { status: request.status, requested: request.ids.length, updated: result.updated };
  } catch (error) {
    if (error instanceof KibanaApiError && error.statusCode === 403) {
      throw new HttpError(403, `${READ_ONLY_TRIAGE} (${error.message})`);
    }
    throw error;
  }
}
