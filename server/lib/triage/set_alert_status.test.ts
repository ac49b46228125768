import { FakeDetectionEngine } from '../../../test/support/detection_engine/fake_detection_engine';
import {
  BUNDLED,
  serviceContext,
} from '../../../test/support/detection_engine/fake_service_context';
import { customRuleId } from '../rule';
import { setAlertStatus } from './set_alert_status';

const ELASTIC_ID = BUNDLED.rule.rule_id;

describe('the triage service', () => {
  it('sets the status of the named alerts of this rule only, in one request', async () => {
    const engine = new FakeDetectionEngine();
    const prebuilt = engine.seed({ rule_id: ELASTIC_ID, version: 3 });
    const custom = engine.seed({ rule_id: customRuleId(ELASTIC_ID), version: 3 });
    await setAlertStatus(serviceContext(engine), { ids: ['a1', 'a2'], status: 'acknowledged' });
    expect(engine.calls).toEqual(['find', 'set_signals_status']);
    expect(engine.statusChanges).toEqual([
      {
        status: 'acknowledged',
        conflicts: 'proceed',
        query: {
          bool: {
            filter: [
              { terms: { 'kibana.alert.uuid': ['a1', 'a2'] } },
              { terms: { 'kibana.alert.rule.uuid': [prebuilt.id, custom.id] } },
            ],
          },
        },
      },
    ]);
  });

  it('answers 404 without a deployed rule, and changes nothing', async () => {
    const engine = new FakeDetectionEngine();
    await expect(
      setAlertStatus(serviceContext(engine), { ids: ['a1'], status: 'closed' }),
    ).rejects.toMatchObject({ statusCode: 404 });
    expect(engine.statusChanges).toEqual([]);
  });

  it('explains a refusal as read-only access', async () => {
    const engine = new FakeDetectionEngine();
    engine.seed({ rule_id: ELASTIC_ID, version: 3 });
    engine.canTriage = false;
    await expect(
      setAlertStatus(serviceContext(engine), { ids: ['a1'], status: 'closed' }),
    ).rejects.toMatchObject({
      statusCode: 403,
      message: expect.stringMatching(/^You may read these alerts but not change their status/),
    });
  });
});
