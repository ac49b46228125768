import { filebeatFacts, healthyFacts, PLAN, unresolvedFacts } from './__fixtures__/plan_and_facts';
import { overallFindings, overallStatus } from './overall_findings';
import type { PatternFacts } from './pattern_facts';

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
