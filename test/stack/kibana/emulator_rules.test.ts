// Integration: Kibana's rule semantics as its Detection Engine API behaves — 409, 403, 404, spaces,
// the `enabled` default, revisions, RuleResponse defaults, _find and _bulk_action.
import type { Client } from '@elastic/elasticsearch';
import { createTestEsClient } from '../engine/test_client';
import { loadContractValidator } from '../openapi';
import { apiKeyAuthorization, basicAuthorization } from '../auth/users';
import { startEmulator, type RunningEmulator } from './emulator';
import { bundledRuleAssets } from './prebuilt/bundled_rule_assets';
import { kibanaCall, type KibanaCall } from './testing/kibana_call';

let esClient: Client;
let emulator: RunningEmulator;
let body: Record<string, unknown>;
const RULES = '/api/detection_engine/rules';
const SPACE = 'rules-test';

beforeAll(async () => {
  esClient = createTestEsClient();
  emulator = await startEmulator({ esClient, enabledDefault: true });
  [{ attributes: body }] = await bundledRuleAssets();
});

afterAll(async () => {
  await emulator.stop();
  await esClient.close();
});

afterEach(() => expect(emulator.rejectedRequests()).toEqual([]));

const call = (request: KibanaCall) => kibanaCall(emulator.url, { space: SPACE, ...request });
const create = (
  ruleId: string,
  extra: Record<string, unknown> = {},
  request: Partial<KibanaCall> = {},
) =>
  call({ method: 'POST', path: RULES, body: { ...body, rule_id: ruleId, ...extra }, ...request });

describe('rule CRUD semantics', () => {
  it('answers a created rule shaped like RuleResponse, with Kibana defaults and no execution_summary', async () => {
    const { status, body: rule } = await create('crud-shape', { enabled: false });
    expect(status).toBe(200);
    expect(rule).toMatchObject({
      rule_id: 'crud-shape',
      enabled: false,
      immutable: false,
      rule_source: { type: 'internal' },
      revision: 0,
      version: 3,
      interval: '5m',
      from: 'now-6m',
      to: 'now',
      max_signals: 100,
      exceptions_list: [],
      actions: [],
      risk_score_mapping: [],
      severity_mapping: [],
      created_by: 'elastic',
      updated_by: 'elastic',
      new_terms_fields: ['cloud.account.id', 'user.name'],
      history_window_start: 'now-10d',
      timestamp_override: 'event.ingested',
    });
    expect(typeof rule.id).toBe('string');
    expect(rule.id).not.toBe('crud-shape');
    expect(rule).not.toHaveProperty('execution_summary');
    expect(rule.required_fields).toContainEqual({
      name: 'event.action',
      type: 'keyword',
      ecs: true,
    });
    expect(rule.required_fields).toContainEqual({
      name: 'aws.cloudtrail.user_identity.type',
      type: 'keyword',
      ecs: false,
    });
  });

  it('answers 409 for a rule_id that is taken', async () => {
    expect((await create('crud-dup', { enabled: false })).status).toBe(200);
    const again = await create('crud-dup', { enabled: false });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ status_code: 409, message: 'rule_id: "crud-dup" already exists' });
  });

  it('lets the analyst read but not write (403 in Kibana core shape)', async () => {
    const analyst = basicAuthorization('analyst');
    const denied = await create('crud-analyst', { enabled: false }, { authorization: analyst });
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message:
        'API [POST /api/detection_engine/rules] is unauthorized for user, this action is granted by the Kibana privileges [rules-all]',
    });
    await create('crud-readable', { enabled: false });
    const read = await call({
      path: RULES,
      query: { rule_id: 'crud-readable' },
      authorization: analyst,
    });
    expect(read.status).toBe(200);
    const patch = await call({
      method: 'PATCH',
      path: RULES,
      body: { rule_id: 'crud-readable', enabled: true },
      authorization: analyst,
    });
    expect(patch.status).toBe(403);
  });

  it('answers 404 for a missing rule by rule_id and by id', async () => {
    const byRuleId = await call({ path: RULES, query: { rule_id: 'crud-none' } });
    expect(byRuleId.status).toBe(404);
    expect(byRuleId.body).toEqual({ status_code: 404, message: 'rule_id: "crud-none" not found' });
    const byId = await call({
      method: 'PATCH',
      path: RULES,
      body: { id: '4d5a4b72-4f8b-4a43-9f3e-5a1c3d1c7e10', enabled: true },
    });
    expect(byId.status).toBe(404);
    expect(byId.body.message).toBe('id: "4d5a4b72-4f8b-4a43-9f3e-5a1c3d1c7e10" not found');
  });

  it('keeps spaces apart', async () => {
    await create('crud-spaced', { enabled: false });
    const elsewhere = await kibanaCall(emulator.url, {
      path: RULES,
      query: { rule_id: 'crud-spaced' },
    });
    expect(elsewhere.status).toBe(404);
    const found = await kibanaCall(emulator.url, {
      path: `${RULES}/_find`,
      query: { filter: 'alert.attributes.params.ruleId:"crud-spaced"' },
    });
    expect(found.body.total).toBe(0);
    const sameIdOtherSpace = await kibanaCall(emulator.url, {
      method: 'POST',
      path: RULES,
      space: 'other-team',
      body: { ...body, rule_id: 'crud-spaced', enabled: false },
    });
    expect(sameIdOtherSpace.status).toBe(200);
  });

  it('applies the configured default of enabled when a create omits it', async () => {
    expect((await create('crud-default-on')).body.enabled).toBe(true);
    const strict = await startEmulator({
      esClient,
      enabledDefault: false,
      prebuiltPackage: 'empty',
    });
    try {
      const off = await kibanaCall(strict.url, {
        method: 'POST',
        path: RULES,
        body: { ...body, rule_id: 'crud-default-off' },
      });
      expect(off.body.enabled).toBe(false);
    } finally {
      await strict.stop();
    }
  });

  it('bumps revision on updates, not on enable; the editor key takes over', async () => {
    await create('crud-revision', { enabled: false });
    const enabled = await call({
      method: 'PATCH',
      path: RULES,
      body: { rule_id: 'crud-revision', enabled: true },
      authorization: apiKeyAuthorization('nologs-key', 'nologs-secret'),
    });
    expect(enabled.body).toMatchObject({ enabled: true, revision: 0, updated_by: 'nologs' });
    const changed = await call({
      method: 'PATCH',
      path: RULES,
      body: { rule_id: 'crud-revision', risk_score: 73, severity: 'high' },
    });
    expect(changed.body).toMatchObject({
      risk_score: 73,
      severity: 'high',
      revision: 1,
      enabled: true,
    });
    const bad = await call({ method: 'PATCH', path: RULES, body: { enabled: true } });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      status_code: 400,
      message: ['either "id" or "rule_id" must be set'],
    });
    emulator.clearRequestLog();
  });

  it('finds rules by rule_id and tags, answering perPage and paging', async () => {
    await create('crud-find-a', { enabled: false, tags: ['Managed: test'] });
    await create('crud-find-b', { enabled: false, tags: ['Managed: test'] });
    const byRuleId = await call({
      path: `${RULES}/_find`,
      query: { filter: 'alert.attributes.params.ruleId:"crud-find-a"' },
    });
    expect(byRuleId.body).toMatchObject({ page: 1, perPage: 20, total: 1 });
    expect((byRuleId.body.data as Array<{ rule_id: string }>)[0].rule_id).toBe('crud-find-a');
    const byTag = await call({
      path: `${RULES}/_find`,
      query: {
        filter: 'alert.attributes.tags:"Managed: test"',
        per_page: '1',
        page: '2',
        sort_field: 'created_at',
      },
    });
    expect(byTag.body).toMatchObject({ page: 2, perPage: 1, total: 2 });
    expect((byTag.body.data as Array<{ rule_id: string }>)[0].rule_id).toBe('crud-find-b');
  });

  it('enables and disables through _bulk_action by saved-object id, 500 with details on a missing id', async () => {
    const { body: rule } = await create('crud-bulk', { enabled: false });
    const enable = await call({
      method: 'POST',
      path: `${RULES}/_bulk_action`,
      body: { action: 'enable', ids: [rule.id] },
    });
    expect(enable.status).toBe(200);
    expect(enable.body).toMatchObject({
      success: true,
      rules_count: 1,
      attributes: { summary: { failed: 0, skipped: 0, succeeded: 1, total: 1 } },
    });
    const after = await call({ path: RULES, query: { id: String(rule.id) } });
    expect(after.body).toMatchObject({ enabled: true, revision: 0 });
    const partial = await call({
      method: 'POST',
      path: `${RULES}/_bulk_action`,
      body: { action: 'disable', ids: [rule.id, 'f0000000-0000-4000-8000-000000000000'] },
    });
    expect(partial.status).toBe(500);
    expect(partial.body).toMatchObject({
      message: 'Bulk edit partially failed',
      status_code: 500,
      attributes: {
        summary: { failed: 1, succeeded: 1, total: 2 },
        errors: [{ rules: [{ id: 'f0000000-0000-4000-8000-000000000000' }] }],
      },
    });
  });

  it('deletes a rule and answers it', async () => {
    await create('crud-delete', { enabled: false });
    const deleted = await call({
      method: 'DELETE',
      path: RULES,
      query: { rule_id: 'crud-delete' },
    });
    expect(deleted.body.rule_id).toBe('crud-delete');
    expect((await call({ path: RULES, query: { rule_id: 'crud-delete' } })).status).toBe(404);
  });

  it("answers in the shapes of Kibana's OpenAPI response schemas", async () => {
    const validator = await loadContractValidator();
    const check = (method: string, path: string, answer: { status: number; body: unknown }) =>
      validator.validateResponse({ method, path, status: answer.status, body: answer.body }).errors;
    const created = await create('crud-shapes', { enabled: true });
    expect(check('POST', RULES, created)).toEqual([]);
    const patched = await call({
      method: 'PATCH',
      path: RULES,
      body: { rule_id: 'crud-shapes', tags: ['changed'] },
    });
    expect(check('PATCH', RULES, patched)).toEqual([]);
    const found = await call({ path: `${RULES}/_find`, query: { per_page: '100' } });
    expect(check('GET', `${RULES}/_find`, found)).toEqual([]);
    const review = await call({
      method: 'POST',
      path: '/internal/detection_engine/prebuilt_rules/installation/_review',
      body: {},
    });
    expect(
      check('POST', '/internal/detection_engine/prebuilt_rules/installation/_review', review),
    ).toEqual([]);
    const deleted = await call({
      method: 'DELETE',
      path: RULES,
      query: { rule_id: 'crud-shapes' },
    });
    expect(check('DELETE', RULES, deleted)).toEqual([]);
  });
});
