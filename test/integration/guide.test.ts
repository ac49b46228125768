// Integration: the guide service against the Detection Engine emulator — the bundled note until the rule is
// deployed, then the deployed rule's note, including edits made in Kibana; readable by the read-only analyst.
import { getGuide } from '../../server/lib/guide/get_guide';
import { createDetectionEngineClient } from '../../server/lib/detection_engine/client_from_credentials';
import { deployRule } from '../../server/lib/deploy/deploy_rule';
import { silentLogger } from '../../server/lib/logger';
import { loadBundledRule } from '../../server/lib/rule_files';
import type { ServiceContext } from '../../server/lib/service_context';
import type { RuleDefinition } from '../../common/rule';
import { createTestEsClient } from '../stack/engine/test_client';
import { DEMO_PASSWORD, startEmulator, type RunningEmulator } from '../stack/kibana';
import type { Client } from '@elastic/elasticsearch';

const SPACE = 'guide-it';

let es: Client;
let emulator: RunningEmulator;
let definition: RuleDefinition;

function context(username = 'elastic'): ServiceContext {
  return {
    detectionEngine: createDetectionEngineClient({
      kibanaUrl: emulator.url,
      credentials: { username, password: DEMO_PASSWORD },
      spaceId: SPACE,
    }),
    elasticsearch: es,
    rule: definition,
    spaceId: SPACE,
    logger: silentLogger,
    now: () => new Date(),
  };
}

beforeAll(async () => {
  es = createTestEsClient();
  definition = (await loadBundledRule()).definition;
  emulator = await startEmulator({ esClient: es, prebuiltPackage: 'with-rule' });
});

afterAll(async () => {
  await emulator?.stop();
  await es.close();
});

describe('the investigation guide', () => {
  it('is the bundled note while nothing is deployed', async () => {
    const guide = await getGuide(context('analyst'));
    expect(guide).toEqual({
      source: 'bundled',
      ruleName: definition.rule.name,
      note: definition.rule.note,
      investigationFields: definition.rule.investigation_fields?.field_names,
      references: definition.rule.references,
    });
  });

  it("is the deployed rule's note once Elastic's prebuilt copy is installed", async () => {
    await deployRule(context(), {});
    const guide = await getGuide(context('analyst'));
    expect(guide.source).toBe('deployed');
    expect(guide.note).toBe(definition.rule.note);
    expect(guide.ruleName).toBe(definition.rule.name);
  });

  it('follows edits made in Kibana to the note and the investigation fields', async () => {
    const engine = context().detectionEngine;
    const [deployed] = await engine.findRulesByRuleId([definition.rule.rule_id]);
    const edited = `${definition.rule.note ?? ''}\n### Our runbook\n\n- Page the cloud on-call.\n`;
    await engine.patchRule(
      { id: deployed.id },
      { note: edited, investigation_fields: { field_names: ['user.name', 'source.ip'] } },
    );
    const guide = await getGuide(context('analyst'));
    expect(guide).toMatchObject({
      source: 'deployed',
      note: edited,
      investigationFields: ['user.name', 'source.ip'],
      references: definition.rule.references,
    });
    expect(emulator.rejectedRequests()).toEqual([]);
  });
});
