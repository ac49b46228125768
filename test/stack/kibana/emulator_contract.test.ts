// Integration: the emulator refuses what Kibana would refuse (and records it) and accepts the payload
// builder's body. Needs the test engine (Jest global setup).
import type { Client } from '@elastic/elasticsearch';
import { createTestEsClient } from '../engine/test_client';
import { apiKeyAuthorization } from '../auth/users';
import { startEmulator, type RunningEmulator } from './emulator';
import { bundledRuleAssets } from './prebuilt/bundled_rule_assets';
import { kibanaCall } from './testing/kibana_call';

let esClient: Client;
let emulator: RunningEmulator;
let body: Record<string, unknown>;
const RULES = '/api/detection_engine/rules';

beforeAll(async () => {
  esClient = createTestEsClient();
  emulator = await startEmulator({ esClient });
  [{ attributes: body }] = await bundledRuleAssets();
});

afterAll(async () => {
  await emulator.stop();
  await esClient.close();
});

beforeEach(() => emulator.clearRequestLog());

const call = (request: Parameters<typeof kibanaCall>[1]) => kibanaCall(emulator.url, request);
const withRuleId = (ruleId: string, extra: Record<string, unknown> = {}) => ({
  ...body,
  rule_id: ruleId,
  enabled: false,
  ...extra,
});

describe('request contract', () => {
  it("accepts the payload builder's body and records nothing as rejected", async () => {
    const created = await call({ method: 'POST', path: RULES, body: withRuleId('contract-ok') });
    expect(created.status).toBe(200);
    expect(created.headers.get('elastic-api-version')).toBe('2023-10-31');
    expect(created.body).toMatchObject({ rule_id: 'contract-ok', type: 'new_terms', version: 3 });
    expect(emulator.rejectedRequests()).toEqual([]);
  });

  it('rejects a body with 4 new-terms fields in Kibana core shape, and records it', async () => {
    const answer = await call({
      method: 'POST',
      path: RULES,
      body: withRuleId('contract-4', { new_terms_fields: ['a', 'b', 'c', 'd'] }),
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(String(answer.body.message)).toMatch(/^\[request body\]: .*new_terms_fields/);
    expect(emulator.rejectedRequests()).toHaveLength(1);
    expect(emulator.rejectedRequests()[0]).toMatchObject({ method: 'POST', status: 400 });
    expect((await call({ path: RULES, query: { rule_id: 'contract-4' } })).status).toBe(404);
  });

  it.each([
    ['risk_score 200', { risk_score: 200 }],
    ['from "yesterday"', { from: 'yesterday' }],
    ['no history_window_start', { history_window_start: undefined }],
  ])('rejects %s', async (_, change) => {
    const answer = await call({
      method: 'POST',
      path: RULES,
      body: withRuleId('contract-x', change),
    });
    expect(answer.status).toBe(400);
    expect(emulator.rejectedRequests()).toHaveLength(1);
  });

  it('rejects a history window not earlier than from with the rule type message', async () => {
    const answer = await call({
      method: 'POST',
      path: RULES,
      body: withRuleId('contract-window', { history_window_start: 'now-5m' }),
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      status_code: 400,
      message:
        "params invalid: History window size is smaller than rule interval + additional lookback, 'historyWindowStart' must be earlier than 'from'",
    });
    expect(emulator.rejectedRequests()).toHaveLength(1);
  });

  it('rejects a write without kbn-xsrf', async () => {
    const answer = await call({
      method: 'POST',
      path: RULES,
      body: withRuleId('contract-xsrf'),
      headers: { 'kbn-xsrf': undefined },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Request must contain a kbn-xsrf header.',
    });
    expect(emulator.rejectedRequests()).toHaveLength(1);
    expect((await call({ path: RULES, query: { rule_id: 'contract-xsrf' } })).status).toBe(404);
  });

  it('rejects a wrong or missing API version header', async () => {
    const wrong = await call({
      method: 'POST',
      path: RULES,
      body: withRuleId('contract-version'),
      headers: { 'elastic-api-version': '1' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toBe(
      'Invalid version. Received "1", expected a valid date string formatted as YYYY-MM-DD.',
    );
    const missing = await call({
      path: RULES,
      query: { rule_id: 'x' },
      headers: { 'elastic-api-version': undefined },
    });
    expect(missing.status).toBe(400);
    expect(emulator.rejectedRequests()).toHaveLength(2);
  });

  it('rejects an internal route called without x-elastic-internal-origin', async () => {
    const answer = await call({
      path: '/internal/detection_engine/prebuilt_rules/status',
      headers: { 'x-elastic-internal-origin': undefined },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.message).toBe(
      'uri [/internal/detection_engine/prebuilt_rules/status] with method [get] exists but is not available with the current configuration',
    );
    expect(emulator.rejectedRequests()).toHaveLength(1);
  });

  it('checks TypeScript-only routes with their io-ts mirrors', async () => {
    const perform = await call({
      method: 'POST',
      path: '/internal/detection_engine/prebuilt_rules/installation/_perform',
      body: { mode: 'SPECIFIC_RULES', rules: [{ rule_id: 'x', version: 3, extra: 1 }] },
    });
    expect(perform.status).toBe(400);
    expect(perform.body.message).toBe('[request body]: invalid keys "rules.extra"');
    const tooMany = await call({
      method: 'POST',
      path: `${RULES}/_bulk_action`,
      body: { action: 'enable', ids: Array.from({ length: 101 }, (_, i) => `id-${i}`) },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toEqual({
      status_code: 400,
      message: 'More than 100 ids sent for bulk edit action.',
    });
    const badAction = await call({
      method: 'POST',
      path: `${RULES}/_bulk_action`,
      body: { action: 'explode', ids: ['a'] },
    });
    expect(badAction.status).toBe(400);
    expect(emulator.rejectedRequests()).toHaveLength(3);
  });

  it('records a route Kibana does not have', async () => {
    const answer = await call({ method: 'PUT', path: `${RULES}/nowhere`, body: {} });
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
    expect(emulator.rejectedRequests()).toHaveLength(1);
  });

  it('answers credentials problems with 401 and insufficient privileges with 403, not as rejections', async () => {
    const anonymous = await call({ path: RULES, query: { rule_id: 'x' }, authorization: '' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    const badKey = await call({
      path: RULES,
      query: { rule_id: 'x' },
      authorization: apiKeyAuthorization('elastic-key', 'wrong'),
    });
    expect(badKey.status).toBe(401);
    expect(emulator.rejectedRequests()).toEqual([]);
  });
});
