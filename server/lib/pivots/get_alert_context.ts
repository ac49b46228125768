// The alert-context service: one alert's identity, source and request, whether the identity alerted before (any
// rule, from the alerts index) and the guide's pivots with the alert's values.
import type { AlertContextResponse } from '../../../common/api';
import type { ServiceContext } from '../service_context';
import { TIMESTAMP } from '../alerts/alerts_search';
import { findRuleAlert, type AlertFacts } from './alert_facts';
import { planPivots } from './pivot_specs';

interface EarlierAggregations {
  first?: { value: number | null };
}

/**
 * Alerts of the same identity (the new-terms values) created before this one: a count and the first one's time.
 * Kibana's signals search takes `track_total_hits` as a boolean only; the term filters keep the count to one
 * identity's alerts.
 */
export function earlierAlertsSearch(facts: AlertFacts) {
  return {
    size: 0,
    track_total_hits: true,
    query: {
      bool: {
        filter: [
          ...facts.terms.map((term) => ({ term: { [term.field]: term.value ?? '' } })),
          { range: { [TIMESTAMP]: { lt: facts.timestamp } } },
        ],
      },
    },
    aggs: { first: { min: { field: TIMESTAMP } } },
  };
}

/** Three upstream requests: `_find`, the alert, the earlier alerts of its identity. */
export async function getAlertContext(
  ctx: ServiceContext,
  id: string,
): Promise<AlertContextResponse> {
  const alert = await findRuleAlert(ctx, id);
  const { facts } = alert;
  const plan = planPivots(alert);
  const identityKnown = facts.terms.length > 0 && facts.terms.every((term) => term.value !== null);
  const earlier = identityKnown
    ? await ctx.detectionEngine.searchSignals<unknown, EarlierAggregations>(
        earlierAlertsSearch(facts),
      )
    : null;
  const total = earlier?.hits.total;
  const count = typeof total === 'number' ? total : (total?.value ?? 0);
  const first = earlier?.aggregations?.first?.value ?? null;
  return {
    id: facts.id,
    timestamp: facts.timestamp,
    eventTime: facts.eventTime,
    identity: { terms: facts.terms, type: facts.identityType, arn: facts.identityArn },
    userAgent: facts.userAgent,
    source: { ip: facts.sourceIp, geo: facts.sourceGeo },
    requestParameters: facts.requestParameters,
    earlierAlerts: {
      count,
      first: first === null ? null : new Date(first).toISOString(),
    },
    pivots: plan.pivots,
    unavailablePivots: plan.unavailable,
  };
}
