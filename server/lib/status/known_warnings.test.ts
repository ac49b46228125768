import { matchKnownWarning } from './known_warnings';

describe('known Kibana warnings', () => {
  it.each([
    [
      'This rule is attempting to query data from Elasticsearch indices listed in the "Index patterns" section of the rule definition, however no index matching: ["logs-aws.cloudtrail-*"] was found. This warning will continue to appear until a matching index is created or this rule is disabled.',
      'no_matching_index',
    ],
    [
      'This rule attempted to query data from Elasticsearch indices listed in the "Index pattern" section of the rule definition, but no matching index was found.',
      'no_matching_index',
    ],
    [
      'The following indices are missing the timestamp override field "event.ingested": ["filebeat-8.15.0"]',
      'missing_timestamp_override',
    ],
    [
      'This rule may not have the required read privileges to the following index patterns: ["logs-aws.cloudtrail-*"]',
      'missing_read_privileges',
    ],
    [
      'This rule may not have the required read privileges to the following indices: ["logs-x"]',
      'missing_read_privileges',
    ],
    [
      'an hour (3600000ms) were not queried between this rule execution and the last execution, so signals may have been missed. Consider increasing your look behind time or adding more Kibana instances',
      'execution_gap',
    ],
    [
      'This rule reached the maximum alert limit for the rule execution. Some alerts were not created.',
      'max_signals_reached',
    ],
    [
      "History window size is smaller than rule interval + additional lookback, 'historyWindowStart' must be earlier than 'from'",
      'history_window_invalid',
    ],
  ])('recognises %s', (message, code) => {
    expect(matchKnownWarning(message)?.code).toBe(code);
  });

  it('names the missing field in the fix', () => {
    const warning = matchKnownWarning(
      'The following indices are missing the timestamp override field "event.ingested": ["a"]',
    );
    expect(
      warning?.fix(
        'The following indices are missing the timestamp override field "event.ingested": ["a"]',
        true,
      ),
    ).toContain('event.ingested');
  });

  it('leaves other messages alone', () => {
    expect(matchKnownWarning('Rule execution completed successfully')).toBeUndefined();
  });
});
