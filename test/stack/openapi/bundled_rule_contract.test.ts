// The body the project builds from every bundled rule is a valid Kibana create request (and a valid patch).
import { buildRulePayload } from '../../../server/lib/rule';
import { loadBundledRules } from '../../../server/lib/rule_files';
import { loadContractValidator } from './index';

describe('bundled rules against Kibana create_rule_route.schema.yaml', () => {
  it('every bundled rule builds a valid create body, enabled or not', async () => {
    const contracts = await loadContractValidator();
    const rules = await loadBundledRules();
    expect(rules.length).toBeGreaterThan(0);
    for (const { definition } of rules) {
      for (const enabled of [false, true]) {
        const body = { ...buildRulePayload(definition), enabled };
        expect(
          contracts.validateRequest({ method: 'POST', path: '/api/detection_engine/rules', body }),
        ).toEqual({
          valid: true,
          operationId: 'CreateRule',
          errors: [],
        });
      }
    }
  });

  it('the same body is a valid full patch', async () => {
    const contracts = await loadContractValidator();
    const [rule] = await loadBundledRules();
    const body = buildRulePayload(rule!.definition);
    expect(
      contracts.validateRequest({ method: 'PATCH', path: '/api/detection_engine/rules', body })
        .errors,
    ).toEqual([]);
  });
});
