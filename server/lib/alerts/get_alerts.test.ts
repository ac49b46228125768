import { customRuleId } from '../rule';
import { FakeDetectionEngine } from '../../../test/support/detection_engine/fake_detection_engine';
import { KibanaApiError } from '../detection_engine/kibana_api_error';
import {
  BUNDLED,
  serviceContext,
} from '../../../test/support/detection_engine/fake_service_context';
import { getAlerts } from './get_alerts';
import type {
  SignalsSearchBody,
  SignalsSearchResponse,
} from '../detection_engine/detection_engine_client';

const ELASTIC_ID = BUNDLED.rule.rule_id;

/** Records the search bodies and answers with fixed aggregations (or fails). */
class RecordingDetectionEngine extends FakeDetectionEngine {
  readonly searches: SignalsSearchBody[] = [];
  failWith: Error | null = null;

  override async searchSignals<TDocument, TAggregations>(
    // Optional only to match the base fake's signature; the service always sends a body.
    body?: SignalsSearchBody,
  ): Promise<SignalsSearchResponse<TDocument, TAggregations>> {
    this.calls.push('search_signals');
    if (body) this.searches.push(body);
    if (this.failWith) throw this.failWith;
    const aggregations = {
      totals: {
        buckets: { '24h': { doc_count: 1 }, '7d': { doc_count: 3 }, '30d': { doc_count: 3 } },
      },
      last_alert: { value: Date.parse('2026-02-27T12:00:00.000Z') },
    };
    return {
      took: 0,
      timed_out: false,
      _shards: { total: 1, successful: 1, failed: 0 },
      hits: { hits: [] },
      aggregations: aggregations as TAggregations,
    };
  }
}

describe('the alerts service', () => {
  it('answers zeros without searching when the rule is not deployed', async () => {
    const engine = new RecordingDetectionEngine();
    const result = await getAlerts(serviceContext(engine));
    expect(result.ruleDeployed).toBe(false);
    expect(result.totals).toEqual({ '24h': 0, '7d': 0, '30d': 0 });
    expect(result.investigationFields).toContain('aws.cloudtrail.user_identity.arn');
    expect(engine.calls).toEqual(['find']);
  });

  it('searches the alerts of the deployed copy by saved-object id, in one request', async () => {
    const engine = new RecordingDetectionEngine();
    const deployed = engine.seed({
      rule_id: ELASTIC_ID,
      version: 3,
      new_terms_fields: ['cloud.account.id', 'user.name'],
    });
    const result = await getAlerts(serviceContext(engine), '30d');
    expect(engine.calls).toEqual(['find', 'search_signals']);
    expect(engine.searches[0].query).toEqual({
      bool: { filter: [{ terms: { 'kibana.alert.rule.uuid': [deployed.id] } }] },
    });
    expect(result).toMatchObject({
      range: '30d',
      ruleDeployed: true,
      totals: { '24h': 1, '7d': 3, '30d': 3 },
      lastAlertAt: '2026-02-27T12:00:00.000Z',
      silentDays: 2,
    });
  });

  it('uses the deployed rule investigation fields when a user edited them', async () => {
    const engine = new RecordingDetectionEngine();
    engine.seed({
      rule_id: customRuleId(ELASTIC_ID),
      version: 3,
      investigation_fields: { field_names: ['user.name', 'host.name'] },
    });
    const result = await getAlerts(serviceContext(engine));
    expect(result.investigationFields).toEqual(['user.name', 'host.name']);
    const body = JSON.stringify(engine.searches[0].aggs);
    expect(body).toContain('host.name');
  });

  it('covers both copies when both exist, listing the prebuilt one first', async () => {
    const engine = new RecordingDetectionEngine();
    const custom = engine.seed({ rule_id: customRuleId(ELASTIC_ID), version: 3 });
    const prebuilt = engine.seed({ rule_id: ELASTIC_ID, version: 3 });
    await getAlerts(serviceContext(engine));
    expect(engine.searches[0].query).toEqual({
      bool: { filter: [{ terms: { 'kibana.alert.rule.uuid': [prebuilt.id, custom.id] } }] },
    });
  });

  it('reports no alerts while the space has no alerts index, and passes other failures on', async () => {
    const engine = new RecordingDetectionEngine();
    engine.seed({ rule_id: ELASTIC_ID, version: 3 });
    engine.failWith = new KibanaApiError(404, 'index_not_found_exception', 404, {
      status_code: 404,
      message: 'index_not_found_exception',
    });
    const empty = await getAlerts(serviceContext(engine));
    expect(empty).toMatchObject({ ruleDeployed: true, totals: { '24h': 0, '7d': 0, '30d': 0 } });

    engine.failWith = new KibanaApiError(403, 'Unauthorized', 403);
    await expect(getAlerts(serviceContext(engine))).rejects.toMatchObject({ statusCode: 403 });
  });
});
