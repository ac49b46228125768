// The alerts service: what the deployed rule found, read through the Detection Engine (the caller's privileges).
import type { AlertsRange, AlertsResponse } from '../../../common/api';
import type { ServiceContext } from '../service_context';
import { isRouteNotFound, KibanaApiError } from '../detection_engine/kibana_api_error';
import { alertsSearch } from './alerts_search';
import { alertsResult, emptyAlertsResponse, type AlertsAggregations } from './alerts_result';
import { copyIds, deployableRule, deployedCopy, findRuleCopies } from '../deploy/rule_copies';

export const DEFAULT_ALERTS_RANGE: AlertsRange = '7d';

/** Kibana answers 404 for the search while the space has no alerts index yet (nothing ever fired there). */
function isMissingAlertsIndex(error: unknown): boolean {
  return error instanceof KibanaApiError && error.upstreamStatus === 404 && !isRouteNotFound(error);
}

/** Two upstream requests: one `_find` for the deployed copies, one signals search with every aggregation. */
export async function getAlerts(
  ctx: ServiceContext,
  range: AlertsRange = DEFAULT_ALERTS_RANGE,
): Promise<AlertsResponse> {
  const bundled = ctx.rule.rule;
  const copies = await findRuleCopies(ctx.detectionEngine, deployableRule(ctx.rule));
  const deployed = deployedCopy(copies)?.rule;
  // Both copies count when both exist: their alerts are this rule's alerts either way.
  const ruleUuids = copyIds(copies);
  const input = {
    range,
    now: ctx.now(),
    newTermsFields: deployed?.new_terms_fields ?? bundled.new_terms?.value ?? [],
    investigationFields:
      deployed?.investigation_fields?.field_names ??
      bundled.investigation_fields?.field_names ??
      [],
  };
  if (!deployed) return emptyAlertsResponse(input, false);
  try {
    const response = await ctx.detectionEngine.searchSignals<unknown, AlertsAggregations>(
      alertsSearch({ ...input, ruleUuids }),
    );
    return alertsResult(input, response);
  } catch (error) {
    if (isMissingAlertsIndex(error)) {
      ctx.logger.debug('No alerts index in this space yet: reporting no alerts.');
      return emptyAlertsResponse(input, true);
    }
    throw error;
  }
}
