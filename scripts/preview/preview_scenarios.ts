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
import { guideResponse, HOSTILE_NOTE } from '../../test/support/panel/answers/guide_responses';
import {
  mixedReadiness,
  noDataReadiness,
} from '../../test/support/panel/answers/readiness_responses';
import {
  healthyStatus,
  notDeployedStatus,
  readOnly,
  staleStatus,
  upgradableCustomStatus,
  warningStatus,
} from '../../test/support/panel/answers/status_responses';
import type { AlertsRange, DeployRequest } from '../../common/api';

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

export function previewScenarios(note: string): Record<string, PreviewScenario> {
  const admin: PreviewScenario = {
    status: () => ok(warningStatus()),
    readiness: () => ok(mixedReadiness()),
    alerts: (request) => ok(activeAlerts(range(request))),
    guide: () => ok(guideResponse(note)),
    deploy: (request) => ok(upgradedCustom(request.body as DeployRequest)),
    enable: () => ok({ id: 'x', ruleId: 'x', enabled: false, changed: true }),
  };
  return {
    admin,
    healthy: { ...admin, status: () => ok(healthyStatus()) },
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
    },
    'hostile-guide': { ...admin, guide: () => ok(guideResponse(HOSTILE_NOTE)) },
  };
}
