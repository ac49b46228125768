// The rule's own query, translated as the detection engine does for the AWS integration's field types, and the
// engine's time range on the timestamp override with its @timestamp fallback.

import { parse } from 'smol-toml';
import { fieldsFromSpec } from './fields';
import { KqlSyntaxError } from './parser';
import {
  DETECTION_ENGINE_QUERY_CONFIG,
  buildRuleQueryFilter,
  buildRuleSearchQuery,
  buildTimeRangeFilter,
  ruleTimestampFields,
} from './rule_search';
import type { EsQuery } from './translate';
import { BUNDLED_TOML } from '../../../test/support/bundled_rule_text';

const toml = parse(BUNDLED_TOML) as {
  rule: { query: string; language: string; timestamp_override: string };
};
const ruleQuery = toml.rule.query;

// Field types the AWS integration maps for the fields the query uses (CloudTrail data stream).
const awsFields = fieldsFromSpec({
  'data_stream.dataset': 'constant_keyword',
  'event.provider': 'keyword',
  'event.action': 'keyword',
  'event.outcome': 'keyword',
  'aws.cloudtrail.request_parameters': 'keyword',
  'aws.cloudtrail.user_identity.type': 'keyword',
  'event.ingested': 'date',
  '@timestamp': 'date',
});

const should = (clause: EsQuery): EsQuery => ({
  bool: { should: [clause], minimum_should_match: 1 },
});
const term = (field: string, value: string) => should({ term: { [field]: { value } } });

const expectedRuleClause: EsQuery = {
  bool: {
    filter: [
      // constant_keyword is not exactly ['keyword']: a phrase match, as in Kibana.
      should({ match_phrase: { 'data_stream.dataset': 'aws.cloudtrail' } }),
      term('event.provider', 'ssm.amazonaws.com'),
      {
        bool: {
          should: [
            {
              bool: {
                should: [
                  term('event.action', 'GetInventory'),
                  term('event.action', 'GetInventorySchema'),
                  term('event.action', 'ListInventoryEntries'),
                  term('event.action', 'DescribeInstancePatches'),
                  term('event.action', 'ListCommands'),
                ],
                minimum_should_match: 1,
              },
            },
            {
              bool: {
                filter: [
                  term('event.action', 'CreateAssociation'),
                  should({
                    wildcard: {
                      'aws.cloudtrail.request_parameters': {
                        value: '*AWS\\-GatherSoftwareInventory*',
                      },
                    },
                  }),
                ],
              },
            },
          ],
          minimum_should_match: 1,
        },
      },
      { bool: { must_not: term('aws.cloudtrail.user_identity.type', 'AWSService') } },
      term('event.outcome', 'success'),
    ],
  },
};

describe('the rule query as the detection engine builds it', () => {
  it('is KQL', () => {
    expect(toml.rule.language).toBe('kuery');
  });

  it('translates with the integration field types', () => {
    expect(buildRuleQueryFilter({ query: ruleQuery, fields: awsFields })).toStrictEqual({
      bool: { must: [], filter: [expectedRuleClause], should: [], must_not: [] },
    });
  });

  it('uses match clauses when no field is known', () => {
    const filter = buildRuleQueryFilter({ query: ruleQuery });
    expect(JSON.stringify(filter)).not.toContain('"term"');
    expect(JSON.stringify(filter)).toContain(
      '{"match_phrase":{"event.provider":"ssm.amazonaws.com"}}',
    );
    expect(JSON.stringify(filter)).toContain(
      '{"query_string":{"fields":["aws.cloudtrail.request_parameters"],"query":"*AWS\\\\-GatherSoftwareInventory*"}}',
    );
  });

  it('passes the engine options: leading wildcards allowed, Zulu dates', () => {
    expect(DETECTION_ENGINE_QUERY_CONFIG).toStrictEqual({
      allowLeadingWildcards: true,
      queryStringOptions: { analyze_wildcard: true },
      ignoreFilterIfFieldNotInIndex: false,
      dateFormatTZ: 'Zulu',
    });
    const dated = buildRuleQueryFilter({
      query: 'event.ingested: "2024-05-01" and a: *b',
      fields: awsFields,
    });
    expect(dated.bool.filter[0]).toStrictEqual({
      bool: {
        filter: [
          should({
            range: {
              'event.ingested': { gte: '2024-05-01', lte: '2024-05-01', time_zone: 'Zulu' },
            },
          }),
          should({ query_string: { fields: ['a'], query: '*b' } }),
        ],
      },
    });
  });

  it('adds filters and negated filters, and supports Lucene rules', () => {
    const result = buildRuleQueryFilter({
      query: 'event.action:GetInventory',
      language: 'lucene',
      filters: [
        { meta: { negate: true }, query: { term: { 'user.name': 'ci' } } },
        { meta: { disabled: true }, query: { term: { x: 'y' } } },
        { exists: { field: 'user.name' } },
      ],
    });
    expect(result).toStrictEqual({
      bool: {
        must: [
          {
            query_string: {
              query: 'event.action:GetInventory',
              analyze_wildcard: true,
              time_zone: 'Zulu',
            },
          },
        ],
        filter: [{ exists: { field: 'user.name' } }],
        should: [],
        must_not: [{ term: { 'user.name': 'ci' } }],
      },
    });
  });

  it('throws the syntax error for malformed KQL', () => {
    expect(() => buildRuleQueryFilter({ query: 'event.action: (' })).toThrow(KqlSyntaxError);
  });
});

describe('the time range on the rule timestamp', () => {
  it('falls back to @timestamp for documents without the override', () => {
    expect(ruleTimestampFields({ timestampOverride: toml.rule.timestamp_override })).toStrictEqual({
      primary: 'event.ingested',
      secondary: '@timestamp',
    });
    expect(
      ruleTimestampFields({
        timestampOverride: 'event.ingested',
        timestampOverrideFallbackDisabled: true,
      }),
    ).toStrictEqual({ primary: 'event.ingested' });
    expect(ruleTimestampFields({})).toStrictEqual({ primary: '@timestamp' });
    expect(ruleTimestampFields({ timestampOverride: '@timestamp' })).toStrictEqual({
      primary: '@timestamp',
    });
  });

  it('builds one range, or a range with a fallback for documents lacking the primary field', () => {
    const range = (field: string) => ({
      range: { [field]: { lte: 'now', gte: 'now-6m', format: 'strict_date_optional_time' } },
    });
    expect(
      buildTimeRangeFilter({ from: 'now-6m', to: 'now', timestampField: '@timestamp' }),
    ).toStrictEqual(range('@timestamp'));
    expect(
      buildTimeRangeFilter({
        from: 'now-6m',
        to: 'now',
        timestampField: 'event.ingested',
        secondaryTimestampField: '@timestamp',
      }),
    ).toStrictEqual({
      bool: {
        minimum_should_match: 1,
        should: [
          range('event.ingested'),
          {
            bool: {
              filter: [
                range('@timestamp'),
                { bool: { must_not: { exists: { field: 'event.ingested' } } } },
              ],
            },
          },
        ],
      },
    });
  });

  it('puts the rule filter and the time range in one bool filter', () => {
    const search = buildRuleSearchQuery({
      query: ruleQuery,
      fields: awsFields,
      from: '2024-05-01T00:00:00.000Z',
      to: '2024-05-01T00:06:00.000Z',
      timestampField: 'event.ingested',
    });
    expect(search).toStrictEqual({
      bool: {
        filter: [
          { bool: { must: [], filter: [expectedRuleClause], should: [], must_not: [] } },
          {
            range: {
              'event.ingested': {
                lte: '2024-05-01T00:06:00.000Z',
                gte: '2024-05-01T00:00:00.000Z',
                format: 'strict_date_optional_time',
              },
            },
          },
        ],
      },
    });
  });
});
