// The analyst's workflow through `ssm-recon-rule serve` and the CLI on the test stack (the Detection Engine
// emulator and the real search engine behind the authorising proxy): acknowledging and closing alerts changes the
// alerts index and the counts; the analyst may triage, the viewer gets 403 and nothing changes; an alert's context
// and its pivots read the planted related events, within the window only.
import type {
  AlertContextResponse,
  AlertPivotResponse,
  AlertsResponse,
  TriageResponse,
} from '../../common/api';
import { ROUTES } from '../../common/api';
import { basicAuthorization } from '../stack/kibana';
import {
  startNamespacedStack,
  type NamespacedStack,
} from '../support/integration/namespaced_stack';
import { hostCall } from '../support/integration/host_call';
import {
  identityOfAlert,
  plantRelatedEvents,
  type RelatedEvents,
} from '../support/integration/related_events';
import { runCli, type CliRun } from '../support/integration/run_cli';

const NAMESPACE = 'triage';
const SPACE = 'triage';
const ALERTS_INDEX = `.alerts-security.alerts-${SPACE}`;

let stack: NamespacedStack;
let hostUrl: string;
let alerts: AlertsResponse;

const call = <T>(method: 'GET' | 'POST', route: string, user: string, body?: unknown) =>
  hostCall<T>(hostUrl, method, route, basicAuthorization(user), body);

function cli(args: string[], user: string): Promise<CliRun> {
  return runCli([...args, '--rule', stack.ruleFile], {
    ELASTICSEARCH_URL: process.env.ELASTICSEARCH_URL ?? '',
    KIBANA_URL: stack.emulator.url,
    KIBANA_SPACE: SPACE,
    ELASTIC_USERNAME: user,
    ELASTIC_PASSWORD: 'changeme',
  });
}

/** Every alert's workflow status, straight from the alerts index. */
async function statusesInIndex(): Promise<Record<string, string>> {
  await stack.es.indices.refresh({ index: ALERTS_INDEX });
  const answer = await stack.es.search<Record<string, string>>({
    index: ALERTS_INDEX,
    size: 1_000,
    _source: ['kibana.alert.uuid', 'kibana.alert.workflow_status'],
  });
  return Object.fromEntries(
    answer.hits.hits.map((hit) => [
      String(hit._source?.['kibana.alert.uuid']),
      String(hit._source?.['kibana.alert.workflow_status']),
    ]),
  );
}

const readAlerts = async (user = 'elastic') =>
  (await call<AlertsResponse>('GET', `${ROUTES.alerts}?range=24h`, user)).body;

beforeAll(async () => {
  stack = await startNamespacedStack({
    namespace: NAMESPACE,
    data: { seed: 'triage', eventsPerDay: 300, accounts: 1, usersPerAccount: 3, rareRecon: 4 },
    rule: { from: 'now-4h' },
    emulator: { enabledDefault: false },
  });
  hostUrl = (await stack.serve(SPACE)).url;
  const deployed = await call('POST', ROUTES.deploy, 'elastic', { enable: true });
  expect(deployed.status).toBe(200);
  await stack.emulator.runRules({ space: SPACE });
  alerts = await readAlerts();
  expect(alerts.newest.length).toBeGreaterThanOrEqual(3);
  expect(alerts.newest.every((alert) => alert.workflowStatus === 'open')).toBe(true);
}, 600_000);

afterAll(async () => {
  await stack?.stop();
});

describe('triage', () => {
  it('the analyst acknowledges two alerts through the host: the index and the counts change', async () => {
    const [first, second] = alerts.newest;
    const before = await readAlerts('analyst');
    const answer = await call<TriageResponse>('POST', ROUTES.alertStatus, 'analyst', {
      ids: [first.id, second.id],
      status: 'acknowledged',
    });
    expect(answer).toEqual({
      status: 200,
      body: { status: 'acknowledged', requested: 2, updated: 2 },
    });
    const index = await statusesInIndex();
    expect([index[first.id], index[second.id]]).toEqual(['acknowledged', 'acknowledged']);
    const after = await readAlerts('analyst');
    expect(after.byWorkflowStatus.acknowledged).toBe(before.byWorkflowStatus.acknowledged + 2);
    expect(after.byWorkflowStatus.open).toBe(before.byWorkflowStatus.open - 2);
    expect(after.newest.find((alert) => alert.id === first.id)?.workflowStatus).toBe(
      'acknowledged',
    );
    expect(stack.emulator.rejectedRequests()).toEqual([]);
  });

  it('the analyst closes an alert with the CLI: the index and the counts change', async () => {
    const third = alerts.newest[2];
    const before = await readAlerts();
    const run = await cli(['alerts', '--set-status', 'closed', '--id', third.id], 'analyst');
    expect(run.stderr).not.toMatch(/error/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Set 1 alert to closed \(of 1 named\)/);
    expect((await statusesInIndex())[third.id]).toBe('closed');
    const after = await readAlerts();
    expect(after.byWorkflowStatus.closed).toBe(before.byWorkflowStatus.closed + 1);
    expect(after.byWorkflowStatus.open).toBe(before.byWorkflowStatus.open - 1);
  });

  it('the viewer gets 403 with the read-only explanation, and nothing changes', async () => {
    const before = await statusesInIndex();
    const ids = alerts.newest.map((alert) => alert.id);
    const host = await call<{ message: string }>('POST', ROUTES.alertStatus, 'viewer', {
      ids,
      status: 'closed',
    });
    expect(host.status).toBe(403);
    expect(host.body.message).toMatch(/may read these alerts but not change their status/);
    expect(host.body.message).not.toMatch(/ at .*\.ts:\d+/);
    const run = await cli(['alerts', '--set-status', 'open', '--id', ids[0]], 'viewer');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not change their status/);
    expect(await statusesInIndex()).toEqual(before);
  });

  it('refuses bad input with the failing path, and leaves unknown ids untouched', async () => {
    const bad = await call<{ message: string; attributes: { path: string } }>(
      'POST',
      ROUTES.alertStatus,
      'analyst',
      { ids: [alerts.newest[0].id], status: 'resolved' },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.attributes.path).toBe('body.status');
    const empty = await call<{ message: string }>('POST', ROUTES.alertStatus, 'analyst', {
      ids: [],
      status: 'open',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/between 1 and 100 alert ids/);
    const before = await statusesInIndex();
    const unknown = await call<TriageResponse>('POST', ROUTES.alertStatus, 'analyst', {
      ids: ['no-such-alert'],
      status: 'closed',
    });
    expect(unknown.body).toEqual({ status: 'closed', requested: 1, updated: 0 });
    expect(await statusesInIndex()).toEqual(before);
  });
});

describe('an alert’s context and pivots', () => {
  let related: RelatedEvents;
  let context: AlertContextResponse;

  beforeAll(async () => {
    const alert = alerts.newest[0];
    const found = await call<AlertContextResponse>(
      'GET',
      `${ROUTES.alertContext}?id=${encodeURIComponent(alert.id)}`,
      'viewer',
    );
    expect(found.status).toBe(200);
    context = found.body;
    related = await plantRelatedEvents(stack.es, NAMESPACE, identityOfAlert(context));
  });

  it('reads the identity, source and request of the alert and whether the identity alerted before', () => {
    const alert = alerts.newest[0];
    expect(context.id).toBe(alert.id);
    expect(context.identity.terms.map((term) => term.field)).toEqual(alerts.newTermsFields);
    expect(context.identity.arn).toBe(alert.fields['aws.cloudtrail.user_identity.arn']);
    expect(context.identity.type).toBe(alert.fields['aws.cloudtrail.user_identity.type']);
    expect(context.userAgent).toBe(alert.fields['user_agent.original']);
    expect(context.source.ip).toBe(alert.fields['source.ip']);
    // A first-time pair alerts once: nothing earlier for this identity.
    expect(context.earlierAlerts).toEqual({ count: 0, first: null });
    expect(context.pivots.map((pivot) => pivot.id)).toEqual([
      'identity_timeline',
      'identity_related_calls',
      'source_ip_identities',
    ]);
    const at = Date.parse(context.eventTime);
    for (const pivot of context.pivots) {
      expect([Date.parse(pivot.from), Date.parse(pivot.to)]).toEqual([
        at - 30 * 60_000,
        at + 30 * 60_000,
      ]);
    }
  });

  it('the related-calls pivot lists every planted call in the window, newest first, and none outside', async () => {
    const answer = await call<AlertPivotResponse>(
      'GET',
      `${ROUTES.alertPivot}?id=${encodeURIComponent(context.id)}&pivot=identity_related_calls`,
      'viewer',
    );
    expect(answer.status).toBe(200);
    const { events, pivot } = answer.body;
    const ids = events.map((event) => event.id);
    for (const planted of related.inside) expect(ids).toContain(planted.id);
    for (const planted of related.outside) expect(ids).not.toContain(planted.id);
    const times = events.map((event) => Date.parse(event.timestamp));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const time of times) {
      expect(time).toBeGreaterThanOrEqual(Date.parse(pivot.from));
      expect(time).toBeLessThanOrEqual(Date.parse(pivot.to));
    }
    expect(
      events.every((event) =>
        ['StartSession', 'SendCommand', 'GetCallerIdentity', 'AssumeRole'].includes(
          event.action ?? '',
        ),
      ),
    ).toBe(true);
  });

  it('the source-IP pivot lists the other identity and not the alert’s own', async () => {
    const answer = await call<AlertPivotResponse>(
      'GET',
      `${ROUTES.alertPivot}?id=${encodeURIComponent(context.id)}&pivot=source_ip_identities`,
      'analyst',
    );
    expect(answer.status).toBe(200);
    const ids = answer.body.events.map((event) => event.id);
    expect(ids).toContain(related.otherIdentity.id);
    for (const planted of related.inside) expect(ids).not.toContain(planted.id);
  });

  it('answers 404 for an alert that is not this rule’s, and 400 for an unknown pivot', async () => {
    const missing = await call<{ message: string }>(
      'GET',
      `${ROUTES.alertContext}?id=no-such-alert`,
      'analyst',
    );
    expect(missing.status).toBe(404);
    const unknown = await call<{ attributes: { path: string } }>(
      'GET',
      `${ROUTES.alertPivot}?id=${encodeURIComponent(context.id)}&pivot=everything`,
      'analyst',
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.attributes.path).toBe('query.pivot');
  });
});
