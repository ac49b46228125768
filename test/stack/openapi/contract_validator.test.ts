// The contract validator accepts what Kibana accepts and rejects, with a precise line, what Kibana rejects.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContractValidator } from './index';
import { KNOWN_CONTRACT_GAPS, loadContractValidator } from './index';

const RULES = '/api/detection_engine/rules';
const shippedBody = JSON.parse(
  readFileSync(
    join(__dirname, '../../fixtures/rule/1004ad5b-6900-4d28-ab5b-472f02e1fdfb_3.json'),
    'utf8',
  ),
) as Record<string, unknown>;

function createBody(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...shippedBody, enabled: false, ...changes };
}

let contracts: ContractValidator;
beforeAll(async () => {
  contracts = await loadContractValidator();
});

describe('create rule (POST /api/detection_engine/rules)', () => {
  it('accepts the shipped body of the bundled rule', () => {
    expect(contracts.validateRequest({ method: 'POST', path: RULES, body: createBody() })).toEqual({
      valid: true,
      operationId: 'CreateRule',
      errors: [],
    });
  });

  it('accepts it in a space as well', () => {
    const result = contracts.validateRequest({
      method: 'post',
      path: `/s/soc${RULES}`,
      body: createBody(),
    });
    expect(result.valid).toBe(true);
  });

  it.each([
    [
      '4 new_terms_fields',
      { new_terms_fields: ['a', 'b', 'c', 'd'] },
      'body/new_terms_fields must NOT have more than 3 items',
    ],
    ['risk_score 200', { risk_score: 200 }, 'body/risk_score must be <= 100 (got 200)'],
    [
      'from "yesterday"',
      { from: 'yesterday' },
      'body/from must match format "date-math" (got "yesterday")',
    ],
    [
      'a blank history_window_start',
      { history_window_start: ' ' },
      'body/history_window_start must match format "nonempty"',
    ],
    [
      'an unknown severity',
      { severity: 'urgent' },
      'body/severity must be one of ["low","medium","high","critical"]',
    ],
  ])('rejects %s', (_label, changes, expected) => {
    const result = contracts.validateRequest({
      method: 'POST',
      path: RULES,
      body: createBody(changes),
    });
    expect(result.valid).toBe(false);
    expect(result.errors.some((e) => e.startsWith(expected))).toBe(true);
  });

  it('rejects a missing history_window_start, naming it', () => {
    const body = createBody();
    delete body.history_window_start;
    const result = contracts.validateRequest({ method: 'POST', path: RULES, body });
    expect(result.errors).toEqual(["body must have required property 'history_window_start'"]);
  });

  it('names the rule type when it is unknown instead of listing every branch', () => {
    const result = contracts.validateRequest({
      method: 'POST',
      path: RULES,
      body: createBody({ type: 'rare' }),
    });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /^body\/type must be one of \[.*"new_terms".*\] \(got "rare"\)$/,
    );
  });

  it('requires a body', () => {
    expect(contracts.validateRequest({ method: 'POST', path: RULES }).errors).toEqual([
      'body is required',
    ]);
  });
});

describe('patch rule (PATCH /api/detection_engine/rules)', () => {
  it('accepts {rule_id, enabled}: x-modify partial makes the required fields optional', () => {
    const result = contracts.validateRequest({
      method: 'PATCH',
      path: RULES,
      body: { rule_id: shippedBody.rule_id, enabled: true },
    });
    expect(result).toEqual({ valid: true, operationId: 'PatchRule', errors: [] });
  });

  it('still checks the fields it is given', () => {
    const result = contracts.validateRequest({
      method: 'PATCH',
      path: RULES,
      body: { rule_id: 'x', type: 'new_terms', new_terms_fields: ['a', 'b', 'c', 'd'] },
    });
    expect(result.errors).toContain(
      'body/new_terms_fields must NOT have more than 3 items (got ["a","b","c","d"])',
    );
  });
});

describe('query parameters and path templates', () => {
  it('coerces and checks _find query parameters', () => {
    const ok = contracts.validateRequest({
      method: 'GET',
      path: `${RULES}/_find?per_page=100&filter=alert.attributes.params.ruleId:"x"`,
    });
    expect(ok).toEqual({ valid: true, operationId: 'FindRules', errors: [] });
    const bad = contracts.validateRequest({
      method: 'GET',
      path: `${RULES}/_find`,
      query: { page: 0 },
    });
    expect(bad.errors).toEqual(['query/page must be >= 1 (got 0)']);
  });

  it('matches templated paths and checks their required query', () => {
    const path = '/internal/detection_engine/rules/abc/execution/results';
    expect(contracts.operationFor('POST', path)?.operationId).toBe('ReadRuleExecutionResults');
    // The legacy YAML says PUT; Kibana serves it as GET.
    const legacy = contracts.validateRequest({ method: 'GET', path });
    expect(legacy.operationId).toBe('GetRuleExecutionResults');
    expect(legacy.errors).toEqual([
      "query must have required property 'start'",
      "query must have required property 'end'",
    ]);
  });

  it('reports operations without a contract, such as _bulk_action', () => {
    const result = contracts.validateRequest({
      method: 'POST',
      path: `${RULES}/_bulk_action`,
      body: { action: 'enable', ids: ['x'] },
    });
    expect(result).toEqual({
      valid: false,
      operationId: null,
      errors: ['no Kibana OpenAPI contract for POST /api/detection_engine/rules/_bulk_action'],
    });
    for (const gap of KNOWN_CONTRACT_GAPS) {
      expect(contracts.operationFor(gap.method, gap.path)).toBeNull();
    }
  });
});

describe('responses', () => {
  const response = {
    ...createBody(),
    id: '6541b99a-dee9-4f6d-a86d-dbd1869d73b1',
    immutable: false,
    rule_source: { type: 'internal' },
    created_at: '2026-04-10T10:00:00.000Z',
    created_by: 'elastic',
    updated_at: '2026-04-10T10:00:00.000Z',
    updated_by: 'elastic',
    revision: 0,
    interval: '5m',
    to: 'now',
    max_signals: 100,
    actions: [],
    exceptions_list: [],
    references: shippedBody.references,
    risk_score_mapping: [],
    severity_mapping: [],
    setup: '',
    language: 'kuery',
  };

  it('accepts a complete rule response', () => {
    const result = contracts.validateResponse({
      method: 'POST',
      path: RULES,
      status: 200,
      body: response,
    });
    expect(result.errors).toEqual([]);
  });

  it('requires every defaultable field in a response (x-modify: required)', () => {
    const body: Record<string, unknown> = { ...response };
    delete body.max_signals;
    const result = contracts.validateResponse({
      method: 'GET',
      path: `${RULES}?rule_id=x`,
      status: 200,
      body,
    });
    expect(result.errors).toEqual(["response must have required property 'max_signals'"]);
  });
});
