import { applyCreateDefaults } from './create_defaults';
import { applyPatch, setEnabled } from './rule_patch';
import type { StoredRule } from './stored_rule';

const NOW = new Date('2026-04-10T12:00:00Z');

function rule(overrides: Partial<StoredRule> = {}): StoredRule {
  return {
    id: 'so-1',
    space: 'default',
    params: applyCreateDefaults({
      rule_id: 'r-1',
      name: 'n',
      description: 'd',
      type: 'new_terms',
      risk_score: 47,
      severity: 'medium',
      query: 'a: b',
      new_terms_fields: ['user.name'],
      history_window_start: 'now-10d',
    }),
    enabled: false,
    revision: 0,
    immutable: false,
    ruleSource: { type: 'internal' },
    createdAt: 'c',
    createdBy: 'elastic',
    updatedAt: 'c',
    updatedBy: 'elastic',
    apiKeyOwner: 'elastic',
    ...overrides,
  };
}

describe('Kibana defaults and patch semantics', () => {
  it('applies Kibana defaults to a created rule', () => {
    const params = rule().params;
    expect(params).toMatchObject({
      interval: '5m',
      from: 'now-6m',
      to: 'now',
      max_signals: 100,
      version: 1,
      language: 'kuery',
      tags: [],
      threat: [],
      references: [],
      exceptions_list: [],
      required_fields: [],
    });
  });

  it('does not bump the revision when only enabled changes, but hands the key to the editor', () => {
    const { rule: next } = applyPatch(rule(), { rule_id: 'r-1', enabled: true }, 'nologs', NOW);
    expect(next.enabled).toBe(true);
    expect(next.revision).toBe(0);
    expect(next.apiKeyOwner).toBe('nologs');
    expect(next.updatedBy).toBe('nologs');
    expect(setEnabled(rule(), true, 'analyst', NOW).revision).toBe(0);
  });

  it('bumps the revision once per update that changes a parameter, and not for a no-op', () => {
    const { rule: changed, changedFields } = applyPatch(
      rule(),
      { rule_id: 'r-1', risk_score: 73, severity: 'high' },
      'elastic',
      NOW,
    );
    expect(changed.revision).toBe(1);
    expect(changedFields).toEqual(['risk_score', 'severity']);
    expect(
      applyPatch(changed, { rule_id: 'r-1', risk_score: 73 }, 'elastic', NOW).rule.revision,
    ).toBe(1);
  });

  it('marks a prebuilt rule customized when a parameter changes, not when it is enabled', () => {
    const prebuilt = rule({
      immutable: true,
      ruleSource: {
        type: 'external',
        is_customized: false,
        has_base_version: true,
        customized_fields: [],
      },
    });
    expect(
      applyPatch(prebuilt, { enabled: true, id: 'so-1' }, 'elastic', NOW).rule.ruleSource,
    ).toEqual(prebuilt.ruleSource);
    expect(
      applyPatch(prebuilt, { id: 'so-1', tags: ['x'] }, 'elastic', NOW).rule.ruleSource,
    ).toEqual({
      type: 'external',
      is_customized: true,
      has_base_version: true,
      customized_fields: [{ field_name: 'tags' }],
    });
  });
});
