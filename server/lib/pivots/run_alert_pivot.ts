// The pivot service: runs one of an alert's pivots against the logs as the caller (for hosts without Discover).
import type { AlertPivotResponse, PivotId } from '../../../common/api';
import { HttpError } from '../errors';
import type { ServiceContext } from '../service_context';
import { sourceString } from '../alerts/alerts_result';
import {
  ACCOUNT_ID,
  EVENT_ACTION,
  EVENT_OUTCOME,
  IDENTITY_ARN,
  SOURCE_IP,
  USER_NAME,
  findRuleAlert,
} from './alert_facts';
import { PIVOT_EVENTS_LIMIT, pivotSearch } from './pivot_search';
import { planPivots } from './pivot_specs';

/** Three upstream requests: `_find`, the alert (through Kibana), one bounded search of the logs (Elasticsearch). */
export async function runAlertPivot(
  ctx: ServiceContext,
  id: string,
  pivotId: PivotId,
): Promise<AlertPivotResponse> {
  const plan = planPivots(await findRuleAlert(ctx, id));
  const pivot = plan.pivots.find((candidate) => candidate.id === pivotId);
  if (!pivot) {
    const reason = plan.unavailable.find((entry) => entry.id === pivotId)?.reason ?? '';
    throw new HttpError(409, `This alert offers no ${pivotId} pivot: ${reason}`.trim());
  }
  const answer = await ctx.elasticsearch.search(pivotSearch(pivot));
  const total = answer.hits.total;
  return {
    pivot,
    events: answer.hits.hits.map((hit) => ({
      id: hit._id ?? '',
      index: hit._index,
      timestamp: sourceString(hit._source, pivot.timeField) ?? '',
      action: sourceString(hit._source, EVENT_ACTION),
      outcome: sourceString(hit._source, EVENT_OUTCOME),
      userName: sourceString(hit._source, USER_NAME),
      accountId: sourceString(hit._source, ACCOUNT_ID),
      identityArn: sourceString(hit._source, IDENTITY_ARN),
      sourceIp: sourceString(hit._source, SOURCE_IP),
    })),
    total: typeof total === 'number' ? total : (total?.value ?? 0),
    totalCapped: typeof total === 'object' && total.relation === 'gte',
    limit: PIVOT_EVENTS_LIMIT,
  };
}
