import { sourceString, sourceStrings, sourceValue } from './source_value';

describe('reading alert sources', () => {
  const source = {
    'kibana.alert.uuid': 'a1',
    'kibana.alert.new_terms': ['111122223333', 'alice'],
    kibana: { alert: { reason: 'nested reason' } },
    user: { name: 'alice' },
    'cloud.account': { id: 111122223333 },
    aws: { 'cloudtrail.user_identity': { arn: 'arn:aws:iam::1:user/alice' } },
  };

  it('reads dotted keys, nested objects and mixes of both', () => {
    expect(sourceValue(source, 'kibana.alert.uuid')).toBe('a1');
    expect(sourceValue(source, 'kibana.alert.reason')).toBe('nested reason');
    expect(sourceValue(source, 'user.name')).toBe('alice');
    expect(sourceString(source, 'cloud.account.id')).toBe('111122223333');
    expect(sourceValue(source, 'aws.cloudtrail.user_identity.arn')).toBe(
      'arn:aws:iam::1:user/alice',
    );
  });

  it('answers undefined or empty for what is absent', () => {
    expect(sourceValue(source, 'source.ip')).toBeUndefined();
    expect(sourceString(source, 'user.email')).toBeNull();
    expect(sourceStrings(source, 'nothing')).toEqual([]);
    expect(sourceValue(null, 'a')).toBeUndefined();
  });

  it('reads arrays as lists of strings', () => {
    expect(sourceStrings(source, 'kibana.alert.new_terms')).toEqual(['111122223333', 'alice']);
    expect(sourceStrings(source, 'user.name')).toEqual(['alice']);
  });
});
