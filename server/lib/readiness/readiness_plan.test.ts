import { BUNDLED_TOML, variant } from '../../../test/support/bundled_rule_text';
import { loadRuleDefinition } from '../rule';
import { fieldRoles, readinessPlan, ruleTimeField } from './readiness_plan';

describe('the readiness plan', () => {
  const plan = readinessPlan(loadRuleDefinition(BUNDLED_TOML));

  it('derives everything from the bundled rule', () => {
    expect(plan).toMatchObject({
      patterns: ['filebeat-*', 'logs-aws.cloudtrail-*'],
      newTermsFields: ['cloud.account.id', 'user.name'],
      timestampOverride: 'event.ingested',
      timestampFallback: true,
      historyWindowStart: 'now-10d',
      historyWindowMs: 10 * 86_400_000,
      lookBackMs: 6 * 60_000,
      intervalMs: 5 * 60_000,
    });
    expect(plan.queryFields).toEqual([
      'aws.cloudtrail.request_parameters',
      'aws.cloudtrail.user_identity.type',
      'data_stream.dataset',
      'event.action',
      'event.outcome',
      'event.provider',
    ]);
    expect(plan.requiredQueryFields.sort()).toEqual([
      'data_stream.dataset',
      'event.action',
      'event.outcome',
      'event.provider',
    ]);
    expect(JSON.stringify(plan.query)).toContain(
      '{"match_phrase":{"data_stream.dataset":"aws.cloudtrail"}}',
    );
    expect(ruleTimeField(plan)).toBe('event.ingested');
    expect(fieldRoles(plan).get('event.ingested')).toEqual(['timestamp_override']);
    expect(fieldRoles(plan).get('user.name')).toEqual(['new_terms']);
  });

  it('follows the rule when it changes: another dataset field, look-back and window', () => {
    const changed = readinessPlan(
      loadRuleDefinition(
        variant(
          ['data_stream.dataset: "aws.cloudtrail"', 'event.dataset: "aws.cloudtrail"'],
          ['from = "now-6m"', 'from = "now-9m"'],
          ['value = "now-10d"', 'value = "now-14d"'],
        ),
      ),
    );
    expect(changed.requiredQueryFields).toContain('event.dataset');
    expect(changed.requiredQueryFields).not.toContain('data_stream.dataset');
    expect(changed.lookBackMs).toBe(9 * 60_000);
    expect(changed.historyWindowMs).toBe(14 * 86_400_000);
  });

  it('reads @timestamp when the rule has no timestamp override', () => {
    const plain = readinessPlan(
      loadRuleDefinition(variant(['timestamp_override = "event.ingested"\n', ''])),
    );
    expect(plain.timestampOverride).toBeNull();
    expect(ruleTimeField(plain)).toBe('@timestamp');
  });
});
