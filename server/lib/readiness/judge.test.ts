// Readiness judgement: the checks of one pattern and the findings across patterns.
import type { PatternReadiness } from '../../../common/api';
import {
  filebeatFacts,
  healthyFacts,
  mapped,
  NOW,
  PLAN,
  unresolvedFacts,
} from '../../../test/support/readiness/plan_and_facts';
import { judgePattern, overallFindings, overallStatus } from './judge';
import type { PatternFacts } from './probe';

function judge(facts: PatternFacts, feedingPatterns: string[] = []): PatternReadiness {
  return judgePattern({ plan: PLAN, facts, now: NOW, feedingPatterns });
}

function check(result: PatternReadiness, id: string) {
  const found = result.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} check in ${result.checks.map((c) => c.id).join(', ')}`);
  return found;
}

describe('judging one pattern', () => {
  it('passes a healthy integration data stream on every check', () => {
    const result = judge(healthyFacts());
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([
      ['resolves', 'pass'],
      ['documents', 'pass'],
      ['freshness', 'pass'],
      ['mapping', 'pass'],
      ['query_fields', 'pass'],
      ['query_matches', 'pass'],
      ['baseline', 'pass'],
      ['timestamp_override', 'pass'],
    ]);
    expect(result.status).toBe('pass');
    expect(result.baselineDays).toBe(10);
    expect(result.timestampOverrideShare).toBe(1);
    expect(check(result, 'documents').finding).toContain(
      'at least 10,000 documents in the last 10 days',
    );
    expect(result.fields.find((f) => f.field === 'user.name')).toEqual({
      field: 'user.name',
      roles: ['new_terms'],
      types: ['keyword'],
      aggregatable: true,
      ok: true,
    });
  });

  it('warns about a short baseline with the days covered and how long to wait', () => {
    const days = Array.from({ length: 10 }, (_, i) => i < 3);
    const result = judge(healthyFacts({ daysWithData: days }));
    const baseline = check(result, 'baseline');
    expect(baseline.status).toBe('warn');
    expect(baseline.finding).toContain('covers only 3 of the 10 days');
    expect(baseline.finding).toContain('burst of alerts');
    expect(baseline.fix).toContain('about 7 more days');
    expect(result.baselineDays).toBe(3);
    expect(result.status).toBe('warn');
  });

  it('counts gaps inside the window separately from a late start', () => {
    const days = [true, false, true, true, true, true, true, true, true, true];
    const baseline = check(judge(healthyFacts({ daysWithData: days })), 'baseline');
    expect(baseline.finding).toContain('covers only 9 of the 10 days');
    expect(baseline.finding).toContain('1 day missing in between');
  });

  it('warns when no document carries the timestamp override, quoting what Kibana reports', () => {
    const result = judge(
      healthyFacts({
        sampledWithOverride: 0,
        newestOverride: null,
        fields: new Map([
          ...healthyFacts().fields,
          [
            'event.ingested',
            mapped('event.ingested', [], ['.ds-logs-aws.cloudtrail-default-000001']),
          ],
        ]),
      }),
    );
    const override = check(result, 'timestamp_override');
    expect(override.status).toBe('warn');
    expect(override.finding).toContain('none of the 100 documents sampled from the last 1 hour');
    expect(override.finding).toContain('falls back to `@timestamp`');
    expect(override.finding).toContain('missing the timestamp override field "event.ingested"');
    expect(override.fix).toContain('`event.ingested`');
    expect(result.timestampOverrideShare).toBe(0);
    // An unmapped override is not a mapping failure: the engine falls back, so it is a warning.
    expect(check(result, 'mapping').status).toBe('pass');
    expect(result.status).toBe('warn');
  });

  it('reports the share when only some documents carry the override', () => {
    const override = check(judge(healthyFacts({ sampledWithOverride: 40 })), 'timestamp_override');
    expect(override.status).toBe('warn');
    expect(override.finding).toContain('40% of the 100 documents sampled from the last 1 hour');
  });

  it('derives that Filebeat-style documents can never match: the query requires an unmapped field', () => {
    const result = judge(filebeatFacts(), ['logs-aws.cloudtrail-*']);
    const fields = check(result, 'query_fields');
    expect(fields.status).toBe('fail');
    expect(fields.finding).toMatch(
      /^`filebeat-\*` documents never match this query: they carry no `data_stream.dataset`/,
    );
    expect(fields.finding).toContain('no index of the pattern maps `data_stream.dataset`');
    expect(fields.finding).toContain('The rule still reads `logs-aws.cloudtrail-*`');
    expect(result.checks.some((c) => c.id === 'query_matches')).toBe(false);
    expect(result.status).toBe('fail');
  });

  it('derives the same when the field is mapped but no document carries it', () => {
    const facts = filebeatFacts({
      fields: healthyFacts().fields,
    });
    const fields = check(judge(facts), 'query_fields');
    expect(fields.status).toBe('fail');
    expect(fields.finding).toContain(
      'none of its 5,000 documents from the last 10 days has `data_stream.dataset`',
    );
  });

  it('names whichever required field is missing (nothing is specific to one field)', () => {
    const facts = healthyFacts({
      carries: new Map([
        ['data_stream.dataset', true],
        ['event.provider', true],
        ['event.action', true],
        ['event.outcome', false],
      ]),
    });
    expect(check(judge(facts), 'query_fields').finding).toContain('they carry no `event.outcome`');
  });

  it('fails a new-terms field that cannot be aggregated', () => {
    const fields = new Map(healthyFacts().fields);
    fields.set('user.name', { ...mapped('user.name', ['text']), aggregatable: false });
    const mapping = check(judge(healthyFacts({ fields })), 'mapping');
    expect(mapping.status).toBe('fail');
    expect(mapping.finding).toContain(
      'new-terms field `user.name` is mapped as text and is not aggregatable',
    );
  });

  it('warns when an optional query field is unmapped', () => {
    const fields = new Map(healthyFacts().fields);
    fields.set(
      'aws.cloudtrail.request_parameters',
      mapped('aws.cloudtrail.request_parameters', []),
    );
    const mapping = check(judge(healthyFacts({ fields })), 'mapping');
    expect(mapping.status).toBe('warn');
    expect(mapping.finding).toContain('`aws.cloudtrail.request_parameters` is not mapped');
  });

  it('fails a pattern without documents in the window and skips the checks that need documents', () => {
    const result = judge(
      healthyFacts({
        windowCount: { value: 0, atLeast: false },
        windowMatches: { value: 0, atLeast: false },
        daysWithData: Array.from({ length: 10 }, () => false),
        newestEvent: '2026-01-01T00:00:00.000Z',
        newestOverride: '2026-01-01T00:01:00.000Z',
        sampled: 0,
        sampledWithOverride: 0,
      }),
    );
    expect(result.checks.map((c) => c.id)).toEqual([
      'resolves',
      'documents',
      'freshness',
      'mapping',
    ]);
    expect(check(result, 'documents').status).toBe('fail');
    expect(check(result, 'freshness').finding).toContain('59 days ago');
  });

  it('warns when data stopped arriving, in the rule look-back terms', () => {
    const freshness = check(
      judge(healthyFacts({ newestOverride: '2026-03-01T08:00:00.000Z' })),
      'freshness',
    );
    expect(freshness.status).toBe('warn');
    expect(freshness.finding).toContain('4 hours ago');
    expect(freshness.finding).toContain('only the last 6 minutes');
  });

  it('warns when no document matched the query yet', () => {
    const matches = check(
      judge(healthyFacts({ windowMatches: { value: 0, atLeast: false } })),
      'query_matches',
    );
    expect(matches.status).toBe('warn');
  });

  it('fails when Elasticsearch could not run the query', () => {
    const result = judge(
      healthyFacts({
        queryError: 'failed to create query',
        recentMatches: null,
        windowMatches: null,
      }),
    );
    expect(check(result, 'query_matches').status).toBe('fail');
    expect(check(result, 'query_matches').finding).toContain('failed to create query');
  });

  it('a pattern that names nothing is fine while another pattern feeds the rule', () => {
    const alone = judge(unresolvedFacts('filebeat-*'));
    expect(alone.checks.map((c) => c.id)).toEqual(['resolves']);
    expect(alone.status).toBe('warn');
    const withOther = judge(unresolvedFacts('filebeat-*'), ['logs-aws.cloudtrail-*']);
    expect(withOther.status).toBe('pass');
    expect(withOther.checks[0].finding).toContain('the rule also reads `logs-aws.cloudtrail-*`');
  });

  it('fails a pattern the caller may not read, naming the privileges', () => {
    const result = judge(
      healthyFacts({
        forbidden: true,
        resolves: false,
        errors: ['action [indices:data/read] is unauthorized'],
      }),
    );
    expect(result.status).toBe('fail');
    expect(result.checks[0].finding).toContain('unauthorized');
    expect(result.checks[0].fix).toContain('`read` and `view_index_metadata`');
  });
});

function overall(facts: PatternFacts[], statuses: Record<string, 'pass' | 'warn' | 'fail'>) {
  const findings = overallFindings(PLAN, facts);
  return {
    findings,
    status: overallStatus(PLAN, facts, new Map(Object.entries(statuses)), findings),
  };
}

describe('findings across patterns', () => {
  it('passes when one pattern feeds the rule and the other names nothing', () => {
    const { findings, status } = overall([unresolvedFacts('filebeat-*'), healthyFacts()], {
      'filebeat-*': 'pass',
      'logs-aws.cloudtrail-*': 'pass',
    });
    expect(status).toBe('pass');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'data_feed', status: 'pass' });
    expect(findings[0].finding).toContain('`logs-aws.cloudtrail-*` has data');
  });

  it('takes the worst status of the feeding patterns only', () => {
    const { status } = overall([unresolvedFacts('filebeat-*'), healthyFacts()], {
      'filebeat-*': 'warn',
      'logs-aws.cloudtrail-*': 'warn',
    });
    expect(status).toBe('warn');
  });

  it('fails an empty cluster, saying that Kibana skips every run', () => {
    const { findings, status } = overall(
      [unresolvedFacts('filebeat-*'), unresolvedFacts('logs-aws.cloudtrail-*')],
      {},
    );
    expect(status).toBe('fail');
    expect(findings[0].finding).toContain('No index matches any of the rule');
    expect(findings[0].finding).toContain('`filebeat-*` and `logs-aws.cloudtrail-*`');
  });

  it('fails a Filebeat-only cluster: data exists but the query can match none of it', () => {
    const { findings, status } = overall(
      [filebeatFacts(), unresolvedFacts('logs-aws.cloudtrail-*')],
      { 'filebeat-*': 'fail', 'logs-aws.cloudtrail-*': 'warn' },
    );
    expect(status).toBe('fail');
    expect(findings.map((f) => f.id)).toEqual(['data_feed']);
    expect(findings[0].finding).toContain(
      "has data in the history window that the rule's query can match",
    );
  });

  it('warns about data the rule ignores when another pattern feeds it', () => {
    const { findings, status } = overall([filebeatFacts(), healthyFacts()], {
      'filebeat-*': 'fail',
      'logs-aws.cloudtrail-*': 'pass',
    });
    expect(status).toBe('warn');
    const ignored = findings.find((f) => f.id === 'ignored_data');
    expect(ignored?.finding).toContain('`filebeat-*` has recent documents');
    expect(ignored?.finding).toContain('no `data_stream.dataset`');
  });
});
