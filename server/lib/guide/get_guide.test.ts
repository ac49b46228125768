import { FakeDetectionEngine } from '../../../test/support/detection_engine/fake_detection_engine';
import {
  BUNDLED,
  serviceContext,
} from '../../../test/support/detection_engine/fake_service_context';
import { getGuide } from './get_guide';

describe('the guide service', () => {
  it('serves the bundled note, fields and references when nothing is deployed', async () => {
    const engine = new FakeDetectionEngine();
    const guide = await getGuide(serviceContext(engine));
    expect(guide.source).toBe('bundled');
    expect(guide.ruleName).toBe('AWS SSM Inventory Reconnaissance by Rare User');
    expect(guide.note).toBe(BUNDLED.rule.note);
    expect(guide.note.startsWith('## Triage and analysis')).toBe(true);
    expect(guide.investigationFields).toHaveLength(12);
    expect(guide.references).toEqual(BUNDLED.rule.references);
    expect(engine.calls).toEqual(['find']);
  });

  it('serves the deployed note, which users may have edited', async () => {
    const engine = new FakeDetectionEngine();
    engine.seed({
      rule_id: BUNDLED.rule.rule_id,
      version: 3,
      name: 'SSM recon (ours)',
      note: '## Our runbook\n\nCall the on-call.',
      references: ['https://wiki.example/ssm'],
    });
    const guide = await getGuide(serviceContext(engine));
    expect(guide).toEqual({
      source: 'deployed',
      ruleName: 'SSM recon (ours)',
      note: '## Our runbook\n\nCall the on-call.',
      investigationFields: BUNDLED.rule.investigation_fields?.field_names,
      references: ['https://wiki.example/ssm'],
    });
  });

  it('falls back to the bundled note when the deployed rule has none', async () => {
    const engine = new FakeDetectionEngine();
    engine.seed({ rule_id: BUNDLED.rule.rule_id, version: 3, note: '  ' });
    expect((await getGuide(serviceContext(engine))).source).toBe('bundled');
  });
});
