// Integration: the prebuilt-rules flow (status, _review, _perform) with a package that offers the rule and
// with an empty one (an offline cluster), and the two forms of the execution-results API.
import type { Client } from '@elastic/elasticsearch';
import { createTestEsClient } from '../engine/test_client';
import { basicAuthorization } from '../auth/users';
import { startEmulator, type RunningEmulator } from './emulator';
import { bundledRuleAssets } from './prebuilt/bundled_rule_assets';
import type { PrebuiltAsset } from './prebuilt/prebuilt_package';
import { kibanaCall, type KibanaCall } from './testing/kibana_call';

const STATUS = '/internal/detection_engine/prebuilt_rules/status';
const REVIEW = '/internal/detection_engine/prebuilt_rules/installation/_review';
const PERFORM = '/internal/detection_engine/prebuilt_rules/installation/_perform';
const RULES = '/api/detection_engine/rules';

let esClient: Client;
let asset: PrebuiltAsset;
const running: RunningEmulator[] = [];

beforeAll(async () => {
  esClient = createTestEsClient();
  [asset] = await bundledRuleAssets();
});

afterAll(async () => {
  await Promise.all(running.map((emulator) => emulator.stop()));
  await esClient.close();
});

async function emulatorWith(options: Partial<Parameters<typeof startEmulator>[0]> = {}) {
  const emulator = await startEmulator({ esClient, ...options });
  running.push(emulator);
  return (request: KibanaCall) => kibanaCall(emulator.url, request);
}

describe('prebuilt rules', () => {
  it('offers the bundled rule at version 3 and installs it disabled, exactly once', async () => {
    const call = await emulatorWith({ prebuiltPackage: 'with-rule' });
    expect(asset).toMatchObject({ rule_id: '1004ad5b-6900-4d28-ab5b-472f02e1fdfb', version: 3 });

    const before = await call({ path: STATUS });
    expect(before.body.stats).toMatchObject({
      num_prebuilt_rules_installed: 0,
      num_prebuilt_rules_to_install: 1,
      num_prebuilt_rules_to_upgrade: 0,
      num_prebuilt_rules_total_in_package: 1,
    });

    const review = await call({ method: 'POST', path: REVIEW, body: { page: 1, per_page: 20 } });
    expect(review.status).toBe(200);
    expect(review.body).toMatchObject({
      page: 1,
      per_page: 20,
      total: 1,
      stats: { num_rules_to_install: 1 },
    });
    expect((review.body.rules as Array<Record<string, unknown>>)[0]).toMatchObject({
      rule_id: asset.rule_id,
      version: 3,
      query: asset.attributes.query,
      immutable: true,
    });

    const filtered = await call({
      method: 'POST',
      path: REVIEW,
      body: { filter: `security-rule.rule_id: "${asset.rule_id}"`, page: 1, per_page: 20 },
    });
    expect(filtered.body).toMatchObject({ total: 1 });
    const other = await call({
      method: 'POST',
      path: REVIEW,
      body: { filter: 'security-rule.rule_id: "not-in-the-package"' },
    });
    expect(other.body).toMatchObject({ total: 0, rules: [], stats: { num_rules_to_install: 1 } });

    const wanted = { mode: 'SPECIFIC_RULES', rules: [{ rule_id: asset.rule_id, version: 3 }] };
    const performed = await call({ method: 'POST', path: PERFORM, body: wanted });
    expect(performed.status).toBe(200);
    expect(performed.body).toMatchObject({
      summary: { total: 1, succeeded: 1, skipped: 0, failed: 0 },
      errors: [],
    });
    const installed = await call({ path: RULES, query: { rule_id: asset.rule_id } });
    expect(installed.body).toMatchObject({
      enabled: false,
      immutable: true,
      version: 3,
      revision: 0,
      rule_source: { type: 'external', is_customized: false },
    });

    const again = await call({ method: 'POST', path: PERFORM, body: wanted });
    expect(again.body).toMatchObject({
      summary: { total: 1, succeeded: 0, skipped: 1, failed: 0 },
      results: { created: [], skipped: [{ rule_id: asset.rule_id, reason: 'ALREADY_INSTALLED' }] },
    });
    expect((await call({ path: STATUS })).body.stats).toMatchObject({
      num_prebuilt_rules_installed: 1,
      num_prebuilt_rules_to_install: 0,
    });
    const reviewAfter = await call({ method: 'POST', path: REVIEW });
    expect(reviewAfter.body).toMatchObject({ total: 0, rules: [] });
  });

  it('reports an unknown rule inside a 200, and refuses the analyst', async () => {
    const call = await emulatorWith({ prebuiltPackage: 'with-rule' });
    const unknown = await call({
      method: 'POST',
      path: PERFORM,
      body: { mode: 'SPECIFIC_RULES', rules: [{ rule_id: asset.rule_id, version: 99 }] },
    });
    expect(unknown.status).toBe(200);
    expect(unknown.body).toMatchObject({
      summary: { total: 1, succeeded: 0, failed: 1 },
      errors: [
        {
          message: `Rule with ID "${asset.rule_id}" and version "99" not found`,
          rules: [{ rule_id: asset.rule_id }],
        },
      ],
    });
    const analyst = await call({
      method: 'POST',
      path: PERFORM,
      body: { mode: 'ALL_RULES' },
      authorization: basicAuthorization('analyst'),
    });
    expect(analyst.status).toBe(403);
  });

  it('has nothing to offer with an empty package (offline cluster)', async () => {
    const call = await emulatorWith({ prebuiltPackage: 'empty' });
    expect((await call({ path: STATUS })).body.stats).toMatchObject({
      num_prebuilt_rules_to_install: 0,
      num_prebuilt_rules_total_in_package: 0,
    });
    expect((await call({ method: 'POST', path: REVIEW, body: {} })).body).toMatchObject({
      total: 0,
      rules: [],
    });
    const performed = await call({
      method: 'POST',
      path: PERFORM,
      body: { mode: 'SPECIFIC_RULES', rules: [{ rule_id: asset.rule_id, version: 3 }] },
    });
    expect(performed.status).toBe(200);
    expect(performed.body).toMatchObject({ summary: { failed: 1, succeeded: 0 } });
  });
});

describe('execution results API forms', () => {
  async function ruleIn(call: (request: KibanaCall) => ReturnType<typeof kibanaCall>) {
    const created = await call({
      method: 'POST',
      path: RULES,
      body: { ...asset.attributes, rule_id: 'results-form', enabled: false },
    });
    return String(created.body.id);
  }

  it('serves the newer POST form only when configured so', async () => {
    const call = await emulatorWith({ executionResultsApi: 'post', prebuiltPackage: 'empty' });
    const id = await ruleIn(call);
    const path = `/internal/detection_engine/rules/${id}/execution/results`;
    const posted = await call({ method: 'POST', path, body: {} });
    expect(posted.status).toBe(200);
    expect(posted.body).toEqual({ data: [], total: 0, page: 1, per_page: 20 });
    const legacy = await call({
      path,
      query: { start: '2026-01-01T00:00:00Z', end: '2026-12-31T00:00:00Z' },
    });
    expect(legacy.status).toBe(404);
    expect(legacy.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
    // A feature-detection probe of the other form is not a malformed request.
    expect(running[running.length - 1].rejectedRequests()).toEqual([]);
  });

  it('serves the released GET form only when configured so', async () => {
    const call = await emulatorWith({ executionResultsApi: 'get', prebuiltPackage: 'empty' });
    const id = await ruleIn(call);
    const path = `/internal/detection_engine/rules/${id}/execution/results`;
    const legacy = await call({
      path,
      query: {
        start: '2026-01-01T00:00:00Z',
        end: '2026-12-31T00:00:00Z',
        status_filters: 'failed,succeeded',
      },
    });
    expect(legacy.status).toBe(200);
    expect(legacy.body).toEqual({ events: [], total: 0 });
    expect((await call({ path, query: { end: '2026-12-31T00:00:00Z' } })).status).toBe(400);
    expect((await call({ method: 'POST', path, body: {} })).status).toBe(404);
  });
});
