// The Actions API's `GET /api/actions/connectors` (a bare Path Item file) and the rule's `actions` are held to
// Kibana's OpenAPI files like the Detection Engine routes.
import type { ContractValidator } from './index';
import { loadContractValidator } from './index';
import { pathItemRoute } from './load_documents';
import { SHIPPED_RULE_BODY as shipped } from '../../support/shipped_rule';

const CONNECTORS = '/api/actions/connectors';

const slack = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  name: 'Security team Slack',
  connector_type_id: '.slack',
  is_preconfigured: false,
  is_deprecated: false,
  is_missing_secrets: false,
  is_system_action: false,
  referenced_by_count: 0,
  config: {},
};

let contracts: ContractValidator;
beforeAll(async () => {
  contracts = await loadContractValidator();
});

it('reads a Path Item file name as its route', () => {
  expect(pathItemRoute('api@actions@connectors.yaml')).toBe(CONNECTORS);
  expect(pathItemRoute('create_rule_route.schema.yaml')).toBeNull();
});

describe('GET /api/actions/connectors', () => {
  it('has a contract, in the default space and in others', () => {
    expect(contracts.operationFor('get', CONNECTORS)?.operationId).toBe('getConnectors');
    expect(contracts.validateRequest({ method: 'GET', path: CONNECTORS }).errors).toEqual([]);
  });

  it('accepts a list of connectors and rejects one without a name or of an unknown type', () => {
    const answer = (body: unknown) =>
      contracts.validateResponse({ method: 'GET', path: CONNECTORS, status: 200, body }).errors;
    expect(answer([slack])).toEqual([]);
    expect(answer([{ ...slack, name: undefined }]).join('\n')).toMatch(/name/);
    expect(answer([{ ...slack, connector_type_id: '.carrier-pigeon' }]).join('\n')).toMatch(
      /connector_type_id/,
    );
  });
});

describe('a rule’s actions', () => {
  const action = {
    group: 'default',
    id: slack.id,
    action_type_id: '.slack',
    params: { message: 'New user in account' },
    frequency: { summary: true, notifyWhen: 'onActiveAlert', throttle: null },
  };
  const create = (actions: unknown[]) =>
    contracts.validateRequest({
      method: 'POST',
      path: '/api/detection_engine/rules',
      body: { ...shipped, enabled: false, actions },
    }).errors;

  it('accepts an action with Kibana’s frequency', () => {
    expect(create([action])).toEqual([]);
  });

  it('requires the connector type beside the connector id', () => {
    expect(create([{ ...action, action_type_id: undefined }]).join('\n')).toMatch(/action_type_id/);
  });

  it('rejects a frequency Kibana does not know', () => {
    expect(
      create([{ ...action, frequency: { ...action.frequency, notifyWhen: 'sometimes' } }]).join(
        '\n',
      ),
    ).toMatch(/notifyWhen/);
  });
});
