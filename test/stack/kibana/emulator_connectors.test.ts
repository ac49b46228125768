// Integration: the emulated Kibana's connectors and rule actions — GET /api/actions/connectors per space and per
// privilege, and a rule's `actions` checked and stored as Kibana's rules client does.
import type { Client } from '@elastic/elasticsearch';
import { createTestEsClient } from '../engine/test_client';
import { loadContractValidator, type ContractValidator } from '../openapi';
import { basicAuthorization } from '../auth/users';
import { startEmulator, type RunningEmulator } from './emulator';
import { DEFAULT_FREQUENCY } from './connectors/rule_actions';
import { bundledRuleAssets } from './prebuilt/bundled_rule_assets';
import { kibanaCall, type KibanaCall } from './testing/kibana_call';

let esClient: Client;
let emulator: RunningEmulator;
let contracts: ContractValidator;
let body: Record<string, unknown>;
const RULES = '/api/detection_engine/rules';
const CONNECTORS = '/api/actions/connectors';
const SPACE = 'connectors-test';
const SLACK = { id: 'slack-secops', name: 'SecOps Slack', connector_type_id: '.slack' };
const BROKEN = {
  id: 'email-broken',
  name: 'Broken email',
  connector_type_id: '.email',
  is_missing_secrets: true,
};

beforeAll(async () => {
  esClient = createTestEsClient();
  emulator = await startEmulator({
    esClient,
    connectors: [
      { ...SLACK, space: SPACE },
      { ...BROKEN, space: SPACE },
      { id: 'log-default', name: 'Server log', connector_type_id: '.server-log' },
    ],
  });
  contracts = await loadContractValidator();
  [{ attributes: body }] = await bundledRuleAssets();
});

afterAll(async () => {
  await emulator.stop();
  await esClient.close();
});

afterEach(() => expect(emulator.rejectedRequests()).toEqual([]));

const call = (request: KibanaCall) => kibanaCall(emulator.url, { space: SPACE, ...request });
const action = (extra: Record<string, unknown> = {}) => ({
  group: 'default',
  id: SLACK.id,
  action_type_id: '.slack',
  params: { message: 'New user' },
  ...extra,
});

describe('GET /api/actions/connectors', () => {
  it('lists the space’s connectors in the contract’s shape, and only that space’s', async () => {
    const answer = await call({ path: CONNECTORS });
    expect(answer.status).toBe(200);
    const list = answer.body as unknown as Array<Record<string, unknown>>;
    expect(list.map((c) => c.id)).toEqual([BROKEN.id, SLACK.id]);
    expect(list[1]).toMatchObject({ ...SLACK, is_preconfigured: false, referenced_by_count: 0 });
    expect(
      contracts.validateResponse({ method: 'GET', path: CONNECTORS, status: 200, body: list })
        .errors,
    ).toEqual([]);
    const inDefault = await kibanaCall(emulator.url, { path: CONNECTORS });
    expect((inDefault.body as unknown as unknown[]).length).toBe(1);
  });

  it('answers 403 to a user without Actions and Connectors read', async () => {
    const answer = await call({ path: CONNECTORS, authorization: basicAuthorization('analyst') });
    expect(answer.status).toBe(403);
    expect(answer.body.message).toMatch(/Kibana privileges \[actions-read\]/);
  });
});

describe('a rule’s actions', () => {
  it('are stored with the connector’s type, a uuid and the default frequency, and counted as references', async () => {
    const created = await call({
      method: 'POST',
      path: RULES,
      body: { ...body, rule_id: 'actions-create', enabled: false, actions: [action()] },
    });
    expect(created.status).toBe(200);
    const [stored] = created.body.actions as Array<Record<string, unknown>>;
    expect(stored).toMatchObject({ ...action(), frequency: DEFAULT_FREQUENCY });
    expect(typeof stored.uuid).toBe('string');
    const list = (await call({ path: CONNECTORS })).body as unknown as Array<
      Record<string, unknown>
    >;
    expect(list.find((c) => c.id === SLACK.id)?.referenced_by_count).toBe(1);

    // A patch replaces the list; the uuid a client sends back is kept.
    const perAlert = { summary: false, notifyWhen: 'onActiveAlert', throttle: null };
    const patched = await call({
      method: 'PATCH',
      path: RULES,
      body: { rule_id: 'actions-create', actions: [{ ...stored, frequency: perAlert }] },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.actions).toEqual([{ ...stored, frequency: perAlert }]);
    const cleared = await call({
      method: 'PATCH',
      path: RULES,
      body: { rule_id: 'actions-create', actions: [] },
    });
    expect(cleared.body.actions).toEqual([]);
  });

  it('refuse a connector the space does not have, as the Actions client does', async () => {
    const answer = await call({
      method: 'POST',
      path: RULES,
      body: {
        ...body,
        rule_id: 'actions-unknown',
        actions: [action({ id: 'log-default', action_type_id: '.server-log' })],
      },
    });
    expect(answer.status).toBe(404);
    expect(answer.body.message).toBe('Saved object [action/log-default] not found');
  });

  it('refuse what validateActions refuses, every reason in one 400', async () => {
    const answer = await call({
      method: 'POST',
      path: RULES,
      body: {
        ...body,
        rule_id: 'actions-invalid',
        actions: [
          action({
            group: 'recovered',
            frequency: { summary: true, notifyWhen: 'onThrottleInterval', throttle: '1m' },
          }),
          action({ id: BROKEN.id, action_type_id: '.email', params: {} }),
        ],
      },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.message).toBe(
      'Failed to validate actions due to the following 3 errors:\n' +
        '- Invalid connectors: Broken email\n' +
        '- Invalid action groups: recovered\n' +
        '- Action frequency cannot be shorter than the schedule interval of 5m: recovered (1m)',
    );
    expect((await call({ path: RULES, query: { rule_id: 'actions-invalid' } })).status).toBe(404);
    // Refused on purpose: the request log counts every 400 as one Kibana would reject.
    emulator.clearRequestLog();
  });
});
