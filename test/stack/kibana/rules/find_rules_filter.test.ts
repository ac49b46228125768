import type { KibanaHttpError } from '../http/kibana_error';
import { applyCreateDefaults } from './create_defaults';
import { compileRuleFilter } from './find_rules_filter';
import type { StoredRule } from './stored_rule';

function rule(ruleId: string, name: string, tags: string[], enabled = false): StoredRule {
  return {
    id: `so-${ruleId}`,
    space: 'default',
    params: applyCreateDefaults({
      rule_id: ruleId,
      name,
      description: 'd',
      type: 'new_terms',
      risk_score: 1,
      severity: 'low',
      tags,
    }),
    enabled,
    revision: 0,
    immutable: ruleId === 'prebuilt',
    ruleSource: { type: 'internal' },
    createdAt: 'c',
    createdBy: 'elastic',
    updatedAt: 'c',
    updatedBy: 'elastic',
    apiKeyOwner: 'elastic',
  };
}

const rules = [
  rule('1004ad5b-6900-4d28-ab5b-472f02e1fdfb', 'AWS SSM Inventory Reconnaissance by Rare User', [
    'Data Source: AWS',
  ]),
  rule('custom-copy', 'AWS SSM copy', ['Managed by: plugin'], true),
  rule('prebuilt', 'Windows Script', ['Elastic']),
];

const ids = (kql: string) => rules.filter(compileRuleFilter(kql)).map((r) => r.params.rule_id);

describe('_find filter over alert.attributes', () => {
  it('matches rule_id through params.ruleId, exactly', () => {
    expect(ids('alert.attributes.params.ruleId:"1004ad5b-6900-4d28-ab5b-472f02e1fdfb"')).toEqual([
      '1004ad5b-6900-4d28-ab5b-472f02e1fdfb',
    ]);
    expect(ids('alert.attributes.params.ruleId:"1004ad5b"')).toEqual([]);
  });

  it('matches tags, enabled, immutable and combinations', () => {
    expect(ids('alert.attributes.tags:"Managed by: plugin"')).toEqual(['custom-copy']);
    expect(ids('alert.attributes.enabled:true')).toEqual(['custom-copy']);
    expect(ids('alert.attributes.params.immutable:true')).toEqual(['prebuilt']);
    expect(
      ids('alert.attributes.tags:"Data Source: AWS" or alert.attributes.params.ruleId:custom-copy'),
    ).toHaveLength(2);
    expect(ids('not alert.attributes.enabled:true')).toHaveLength(2);
  });

  it('matches names word by word (a text field)', () => {
    expect(ids('alert.attributes.name:windows')).toEqual(['prebuilt']);
    expect(ids('alert.attributes.name:"SSM copy"')).toEqual(['custom-copy']);
  });

  it('rejects fields outside the saved object and bad syntax with 400', () => {
    const status = (kql: string) => {
      try {
        compileRuleFilter(kql);
        return 200;
      } catch (error) {
        return (error as KibanaHttpError).status;
      }
    };
    expect(status('params.ruleId:"x"')).toBe(400);
    expect(status('alert.attributes.name:(')).toBe(400);
  });
});
