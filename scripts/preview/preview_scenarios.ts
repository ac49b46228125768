// Named sets of sample route answers for previewing the standalone page without a cluster.
import type { RouteName } from '../../common/api';
import {
  activeAlerts,
  notDeployedAlerts,
  silentAlerts,
} from '../../test/support/panel/answers/alerts_responses';
import {
  createdCustom,
  DRIFT,
  upgradedCustom,
} from '../../test/support/panel/answers/deploy_responses';
import {
  noExceptions,
  oneException,
  stormBacktest,
} from '../../test/support/panel/answers/backtest_responses';
import { guideResponse, HOSTILE_NOTE } from '../../test/support/panel/answers/guide_responses';
import {
  afterNotify,
  slackNotification,
} from '../../test/support/panel/answers/notifications_responses';
import {
  healthyReadiness,
  mixedReadiness,
  noDataReadiness,
} from '../../test/support/panel/answers/readiness_responses';
import {
  healthyStatus,
  notDeployedStatus,
  pendingStatus,
  readOnly,
  staleStatus,
  upgradableCustomStatus,
  warningStatus,
} from '../../test/support/panel/answers/status_responses';
import {
  alertContext,
  pivotEvents,
  triaged,
} from '../../test/support/panel/answers/alert_context_responses';
import type {
  AlertsRange,
  DeployRequest,
  NotifyRequest,
  PivotId,
  TriageRequest,
} from '../../common/api';

export interface PreviewReply {
  status: number;
  body: unknown;
}

export interface PreviewRequest {
  query: URLSearchParams;
  body: unknown;
}

export type PreviewScenario = Record<RouteName, (request: PreviewRequest) => PreviewReply>;

const ok = (body: unknown): PreviewReply => ({ status: 200, body });
const forbidden = (message: string): PreviewReply => ({
  status: 403,
  body: { statusCode: 403, error: 'Forbidden', message },
});
const range = (request: PreviewRequest) => (request.query.get('range') ?? '7d') as AlertsRange;

/** The sample alert a context or pivot request names (the first newest alert when the id is unknown). */
function sampleAlert(request: PreviewRequest) {
  const newest = activeAlerts().newest;
  return newest.find((alert) => alert.id === request.query.get('id')) ?? newest[0];
}

/** Scenarios whose host runs rules on its own schedule, as the sandbox does (the preview's ui-config says so). */
export const PREVIEW_SCHEDULE_NOTES: Record<string, string> = {
  sandbox: 'In this sandbox enabled rules run every 30 s, whatever their schedule says.',
};

export function previewScenarios(note: string): Record<string, PreviewScenario> {
  const admin: PreviewScenario = {
    status: () => ok(warningStatus()),
    readiness: () => ok(mixedReadiness()),
    alerts: (request) => ok(activeAlerts(range(request))),
    guide: () => ok(guideResponse(note)),
    deploy: (request) => ok(upgradedCustom(request.body as DeployRequest)),
    enable: () => ok({ id: 'x', ruleId: 'x', enabled: false, changed: true }),
    alertStatus: (request) => ok(triaged(request.body as TriageRequest)),
    alertContext: (request) => ok(alertContext(sampleAlert(request), 2)),
    alertPivot: (request) =>
      ok(pivotEvents(sampleAlert(request), (request.query.get('pivot') ?? '') as PivotId)),
    notifications: () => ok(slackNotification()),
    notify: (request) => ok(afterNotify(request.body as NotifyRequest, slackNotification())),
    backtest: () => ok(stormBacktest()),
    exceptions: () => ok(noExceptions()),
    exceptionsAdd: () => ok(oneException()),
    exceptionsRemove: () => ok(noExceptions()),
  };
  return {
    admin,
    healthy: {
      ...admin,
      status: () => ok(healthyStatus()),
      readiness: () => ok(healthyReadiness()),
    },
    /** Just enabled: no run yet, no alerts in any range. */
    pending: {
      ...admin,
      status: () => ok(pendingStatus()),
      readiness: () => ok(healthyReadiness()),
      alerts: (request) =>
        ok({
          ...silentAlerts(range(request)),
          totals: { '24h': 0, '7d': 0, '30d': 0 },
          lastAlertAt: null,
          silentDays: null,
        }),
    },
    /** The healthy view as the sandbox serves it: the host notes its faster schedule. */
    sandbox: {
      ...admin,
      status: () => ok(healthyStatus()),
      readiness: () => ok(healthyReadiness()),
    },
    /** The admin view in the dark theme (the preview server serves a dark config for it). */
    dark: admin,
    stale: {
      ...admin,
      status: () => ok(staleStatus()),
      alerts: (request) => ok(silentAlerts(range(request))),
    },
    'not-deployed': {
      ...admin,
      status: () => ok(notDeployedStatus()),
      readiness: () => ok(noDataReadiness()),
      alerts: (request) => ok(notDeployedAlerts(range(request))),
      guide: () => ok(guideResponse(note, 'bundled')),
      deploy: (request) => ok(createdCustom(request.body as DeployRequest)),
    },
    upgrade: {
      ...admin,
      status: () => ok(upgradableCustomStatus()),
      deploy: (request) => {
        const body = request.body as DeployRequest;
        if (body.overwrite) return ok(upgradedCustom(body));
        return {
          status: 409,
          body: {
            statusCode: 409,
            error: 'Conflict',
            message:
              'The rule was edited in Kibana (risk_score, query). Deploy with overwrite to replace the edits.',
            attributes: { drift: DRIFT },
          },
        };
      },
    },
    analyst: {
      ...admin,
      status: () => ok(readOnly(healthyStatus())),
      readiness: () =>
        forbidden('action [indices:admin/resolve/index] is unauthorized for user [analyst]'),
      notify: () => forbidden('Unauthorized to update rule'),
    },
    'hostile-guide': { ...admin, guide: () => ok(guideResponse(HOSTILE_NOTE)) },
  };
}
