// The route table: every route of the plugin — its path, access, input codecs and the one service it calls — as
// both the Kibana host (hosts/kibana/register_routes.ts) and the standalone host (hosts/standalone/server.ts)
// serve it. Routes stay thin: decoded input in, one service call, its answer out (run_route.ts maps errors).
import type * as t from 'io-ts';
import {
  AlertContextQuery,
  AlertPivotQuery,
  AddExceptionRequest,
  AlertsQuery,
  BacktestRequest,
  DeployRequest,
  EnableRequest,
  NotifyRequest,
  ROUTES,
  TriageRequest,
  type AlertContextResponse,
  type AlertPivotResponse,
  type TriageResponse,
  RemoveExceptionRequest,
  type BacktestResponse,
  type ExceptionsResponse,
  type AlertsResponse,
  type DeployResponse,
  type EnableResponse,
  type GuideResponse,
  type NotificationsResponse,
  type ReadinessResponse,
  type StatusResponse,
} from '../../common/api';
import { getAlerts } from '../lib/alerts/get_alerts';
import { runBacktest } from '../lib/backtest/run_backtest';
import { addException, listExceptions, removeException } from '../lib/exceptions/rule_exceptions';
import { deployRule } from '../lib/deploy/deploy_rule';
import { setRuleEnabled } from '../lib/deploy/enable_rule';
import { getGuide } from '../lib/guide/get_guide';
import { getNotifications } from '../lib/notifications/get_notifications';
import { setNotification } from '../lib/notifications/set_notification';
import { checkReadiness } from '../lib/readiness/check_readiness';
import type { ServiceContext } from '../lib/service_context';
import { getRuleStatus } from '../lib/status/get_rule_status';
import { getAlertContext } from '../lib/pivots/get_alert_context';
import { runAlertPivot } from '../lib/pivots/run_alert_pivot';
import { setAlertStatus } from '../lib/triage/set_alert_status';

export type Codec<A> = t.Type<A, unknown, unknown>;

export type RouteAccess = 'read' | 'write' | 'triage';

/** A host-agnostic route: its path, input codecs and handler. */
export interface RouteDefinition<Ctx, Q = unknown, B = unknown, R = unknown> {
  method: 'get' | 'post';
  path: string;
  /**
   * `write` routes change the rule; `triage` routes change only alerts' workflow status (an analyst who may not
   * touch rules may still triage); hosts and the UI use this to explain read-only callers.
   */
  access: RouteAccess;
  description: string;
  query?: Codec<Q>;
  body?: Codec<B>;
  handle(ctx: Ctx, input: { query: Q; body: B }): Promise<R>;
}

/** Type-erased form for the table. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance: each route keeps its own types
export type AnyRouteDefinition<Ctx> = RouteDefinition<Ctx, any, any, unknown>;

type Route<Q, B, R> = RouteDefinition<ServiceContext, Q, B, R>;

const statusRoute: Route<unknown, unknown, StatusResponse> = {
  method: 'get',
  path: ROUTES.status,
  access: 'read',
  description:
    'Health of the detection rule: deployed copy, versions, last runs and a verdict with fixes.',
  handle: (ctx) => getRuleStatus(ctx),
};

/** Installs Elastic's prebuilt copy or our custom copy, idempotently; drift answers 409 with the diff. */
const deployRoute: Route<unknown, DeployRequest, DeployResponse> = {
  method: 'post',
  path: ROUTES.deploy,
  access: 'write',
  description:
    'Deploys or upgrades the detection rule in this space (dryRun plans without changing anything).',
  body: DeployRequest,
  handle: (ctx, { body }) => deployRule(ctx, body),
};

const enableRoute: Route<unknown, EnableRequest, EnableResponse> = {
  method: 'post',
  path: ROUTES.enable,
  access: 'write',
  description: 'Enables or disables the deployed detection rule.',
  body: EnableRequest,
  handle: (ctx, { body }) => setRuleEnabled(ctx, body.enabled),
};

const readinessRoute: Route<unknown, unknown, ReadinessResponse> = {
  method: 'get',
  path: ROUTES.readiness,
  access: 'read',
  description:
    'Checks that the rule’s index patterns hold data its query and new-terms fields can use.',
  handle: (ctx) => checkReadiness(ctx),
};

/** What the rule found, through the Detection Engine's signals search. */
const alertsRoute: Route<AlertsQuery, unknown, AlertsResponse> = {
  method: 'get',
  path: ROUTES.alerts,
  access: 'read',
  description: 'Alert counts, histogram, top new-terms pairs and the newest alerts of the rule.',
  query: AlertsQuery,
  handle: (ctx, { query }) => getAlerts(ctx, query.range),
};

/** The deployed note (else the bundled one) and the investigation fields. */
const guideRoute: Route<unknown, unknown, GuideResponse> = {
  method: 'get',
  path: ROUTES.guide,
  access: 'read',
  description: 'The rule’s investigation guide, investigation fields and references.',
  handle: (ctx) => getGuide(ctx),
};

/** Sets the workflow status of chosen alerts of the rule, through Kibana's signals status API as the caller. */
const alertStatusRoute: Route<unknown, TriageRequest, TriageResponse> = {
  method: 'post',
  path: ROUTES.alertStatus,
  access: 'triage',
  description:
    'Sets the workflow status (open, acknowledged, closed) of chosen alerts of the rule.',
  body: TriageRequest,
  handle: (ctx, { body }) => setAlertStatus(ctx, body),
};

/** One alert's context for the analyst and the guide's pivots with its values filled in. */
const alertContextRoute: Route<AlertContextQuery, unknown, AlertContextResponse> = {
  method: 'get',
  path: ROUTES.alertContext,
  access: 'read',
  description:
    'One alert’s identity, source and request context, whether the identity alerted before, and its pivots.',
  query: AlertContextQuery,
  handle: (ctx, { query }) => getAlertContext(ctx, query.id),
};

/** Runs one pivot of an alert as a bounded search of the logs (for hosts without Discover). */
const alertPivotRoute: Route<AlertPivotQuery, unknown, AlertPivotResponse> = {
  method: 'get',
  path: ROUTES.alertPivot,
  access: 'read',
  description: 'The events one investigation pivot of an alert finds in the logs, newest first.',
  query: AlertPivotQuery,
  handle: (ctx, { query }) => runAlertPivot(ctx, query.id, query.pivot),
};

/** The rule's actions and the space's connectors they may use. */
const notificationsRoute: Route<unknown, unknown, NotificationsResponse> = {
  method: 'get',
  path: ROUTES.notifications,
  access: 'read',
  description:
    'Who the rule notifies when it fires (its actions) and the connectors of this space.',
  handle: (ctx) => getNotifications(ctx),
};

/** Adds, changes or removes one connector's action on the deployed rule. */
const notifyRoute: Route<unknown, NotifyRequest, NotificationsResponse> = {
  method: 'post',
  path: ROUTES.notify,
  access: 'write',
  description:
    'Sets (or, with notify: null, removes) the action of one connector on the deployed rule.',
  body: NotifyRequest,
  handle: (ctx, { body }) => setNotification(ctx, body),
};

/** What the rule would have raised on schedule over the last days (read-only: searches as the caller). */
const backtestRoute: Route<unknown, BacktestRequest, BacktestResponse> = {
  method: 'post',
  path: ROUTES.backtest,
  access: 'read',
  description:
    'Backtest: the alerts the rule would have raised over the last days, per day, a forecast and exception suggestions.',
  body: BacktestRequest,
  handle: (ctx, { body }) => runBacktest(ctx, body),
};

const exceptionsRoute: Route<unknown, unknown, ExceptionsResponse> = {
  method: 'get',
  path: ROUTES.exceptions,
  access: 'read',
  description: 'The deployed rule’s exception items.',
  handle: (ctx) => listExceptions(ctx),
};

const addExceptionRoute: Route<unknown, AddExceptionRequest, ExceptionsResponse> = {
  method: 'post',
  path: ROUTES.exceptionsAdd,
  access: 'write',
  description: 'Adds an item to the deployed rule’s default exception list.',
  body: AddExceptionRequest,
  handle: (ctx, { body }) => addException(ctx, body),
};

const removeExceptionRoute: Route<unknown, RemoveExceptionRequest, ExceptionsResponse> = {
  method: 'post',
  path: ROUTES.exceptionsRemove,
  access: 'write',
  description: 'Removes an exception item this plugin added to the deployed rule.',
  body: RemoveExceptionRequest,
  handle: (ctx, { body }) => removeException(ctx, body.id),
};

export const pluginRoutes: AnyRouteDefinition<ServiceContext>[] = [
  statusRoute,
  deployRoute,
  enableRoute,
  readinessRoute,
  alertsRoute,
  guideRoute,
  alertStatusRoute,
  alertContextRoute,
  alertPivotRoute,
  notificationsRoute,
  notifyRoute,
  backtestRoute,
  exceptionsRoute,
  addExceptionRoute,
  removeExceptionRoute,
];
