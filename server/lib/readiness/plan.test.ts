// Readiness plan: what the rule asks readiness to check, and the bounded searches that check it.
import { BUNDLED_TOML, variant } from '../../../test/support/bundled_rule_text';
import { NOW, PLAN } from '../../../test/support/readiness/plan_and_facts';
import { parseKql } from '../kql';
import { loadRuleDefinition } from '../rule';
import {
  COUNT_LIMIT,
  SAMPLE_SIZE,
  dayOfHour,
  fieldRoles,
  patternSearches,
  readinessPlan,
  requiredFieldNames,
  ruleTimeField,
  ruleTimeFilter,
  searchWindows,
} from './plan';

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

const required = (kql: string): string[] => requiredFieldNames(parseKql(kql)).sort();

describe('required query fields', () => {
  it('requires the fields of every conjunct', () => {
    expect(required('a: 1 and b: * and c > 3')).toEqual(['a', 'b', 'c']);
  });

  it('requires from a disjunction only what every branch requires', () => {
    expect(required('x: 1 and (a: 1 or (a: 2 and b: 3))')).toEqual(['a', 'x']);
    expect(required('a: 1 or b: 2')).toEqual([]);
  });

  it('never requires a field that appears only under not', () => {
    expect(required('a: 1 and not b: 2')).toEqual(['a']);
  });

  it('prefixes fields inside nested queries with the path', () => {
    expect(required('p: { q: 1 and r: 2 }')).toEqual(['p.q', 'p.r']);
  });

  it('ignores bare values and wildcard field names', () => {
    expect(required('hello and f*: 1 and c: 2')).toEqual(['c']);
  });

  it('finds what the SSM rule requires of every alerting document', () => {
    const kql = `data_stream.dataset: "aws.cloudtrail" and event.provider: "ssm.amazonaws.com"
      and (event.action: ("GetInventory" or "ListCommands")
        or (event.action: "CreateAssociation" and aws.cloudtrail.request_parameters: *AWS-GatherSoftwareInventory*))
      and not aws.cloudtrail.user_identity.type : "AWSService" and event.outcome: "success"`;
    expect(required(kql)).toEqual([
      'data_stream.dataset',
      'event.action',
      'event.outcome',
      'event.provider',
    ]);
  });
});

const HOUR = 3_600_000;

describe('readiness searches', () => {
  const windows = searchWindows(PLAN, NOW);

  it('derives the windows from the rule and the clock', () => {
    expect(windows.history.gte).toEqual(new Date('2026-02-19T12:00:00.000Z'));
    expect(windows.history.lt).toEqual(NOW);
    expect(windows.recent.gte).toEqual(new Date('2026-03-01T11:54:00.000Z'));
    expect(windows.sample.gte).toEqual(new Date('2026-03-01T11:00:00.000Z'));
    expect(windows.days).toBe(10);
    expect(searchWindows({ ...PLAN, historyWindowMs: 36 * HOUR }, NOW).days).toBe(2);
  });

  it('places hour buckets in days counted back from now', () => {
    expect(dayOfHour(NOW.getTime() - HOUR, windows)).toBe(0);
    expect(dayOfHour(NOW.getTime() - 24 * HOUR, windows)).toBe(0);
    expect(dayOfHour(NOW.getTime() - 25 * HOUR, windows)).toBe(1);
    expect(dayOfHour(NOW.getTime() - 49 * HOUR, windows)).toBe(2);
    // Data that starts mid-hour exactly three days ago covers three days, not four.
    expect(dayOfHour(NOW.getTime() - 72 * HOUR - HOUR / 2, windows)).toBe(2);
    // The hour the window starts in still belongs to the oldest day.
    expect(dayOfHour(windows.history.gte.getTime() - HOUR / 2, windows)).toBe(9);
  });

  it('filters time like the engine: override, or @timestamp where the override is missing', () => {
    const range = (field: string) => ({
      range: {
        [field]: {
          gte: '2026-02-19T12:00:00.000Z',
          lte: '2026-03-01T11:59:59.999Z',
          format: 'strict_date_optional_time',
        },
      },
    });
    expect(ruleTimeFilter(PLAN, windows.history)).toEqual({
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
    expect(ruleTimeFilter({ ...PLAN, timestampFallback: false }, windows.history)).toHaveProperty([
      'range',
      'event.ingested',
    ]);
    expect(ruleTimeFilter({ ...PLAN, timestampOverride: null }, windows.history)).toHaveProperty([
      'range',
      '@timestamp',
    ]);
  });

  it('bounds every search: capped counts, first-hit probes, capped samples, index-served aggregations', () => {
    const searches = patternSearches(PLAN, windows);
    for (const { key, body } of searches) {
      expect({ key, size: body.size }).toEqual({ key, size: 0 });
      const capped = body.track_total_hits === COUNT_LIMIT && body.aggs === undefined;
      const probe = body.terminate_after === 1 && body.aggs === undefined;
      const sample = body.terminate_after === SAMPLE_SIZE;
      // Aggregations the index answers from its points: max without a query, histograms of a range on their field.
      const aggs = Object.values(body.aggs ?? {});
      const maxWithoutQuery = body.query === undefined && aggs.every((a) => a.max !== undefined);
      const histogram =
        aggs.length === 1 &&
        aggs[0].date_histogram?.offset === undefined &&
        Object.keys(body.query?.range ?? {})[0] === aggs[0].date_histogram?.field;
      expect({ key, bounded: capped || probe || sample || maxWithoutQuery || histogram }).toEqual({
        key,
        bounded: true,
      });
    }
    const kinds = searches.map((s) => s.key.kind);
    expect(kinds.filter((k) => k === 'hours')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'sample')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'carries')).toHaveLength(PLAN.requiredQueryFields.length);
    expect(searches).toHaveLength(4 + 2 + 2 + PLAN.requiredQueryFields.length);
  });

  it('combines the rule query with the time filter for the match counts', () => {
    const query = { term: { 'event.outcome': 'success' } };
    const searches = patternSearches({ ...PLAN, query }, windows);
    const recent = searches.find((s) => s.key.kind === 'recent_matches');
    expect(recent?.body.query).toEqual({
      bool: { filter: [ruleTimeFilter(PLAN, windows.recent), query] },
    });
  });

  it('needs no sample and one histogram for a rule without timestamp override', () => {
    const searches = patternSearches({ ...PLAN, timestampOverride: null }, windows);
    expect(searches.map((s) => s.key.kind)).not.toContain('sample');
    expect(searches.filter((s) => s.key.kind === 'hours').map((s) => s.key)).toEqual([
      { kind: 'hours', field: '@timestamp' },
    ]);
    const newest = searches.find((s) => s.key.kind === 'newest');
    expect(Object.keys(newest?.body.aggs ?? {})).toEqual(['@timestamp']);
  });
});
