// Decoding and validating detection-rules TOML: the bundled rule decodes; every kind of mistake gets a precise line.
import { formatProblem } from './codec';
import { parseRuleToml } from './parse';
import { BUNDLED_TOML, variant } from '../../../test/support/bundled_rule_text';

function problemsOf(text: string): string[] {
  const result = parseRuleToml(text);
  if (result.ok) throw new Error('expected problems, the rule decoded');
  return result.problems.map(formatProblem);
}

describe('parseRuleToml', () => {
  it('decodes the bundled rule into a typed definition', () => {
    const result = parseRuleToml(BUNDLED_TOML);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const { metadata, rule } = result.definition;
    expect(metadata).toEqual({
      creation_date: '2026/02/11',
      integration: ['aws'],
      maturity: 'production',
      updated_date: '2026/04/10',
    });
    expect(rule.rule_id).toBe('1004ad5b-6900-4d28-ab5b-472f02e1fdfb');
    expect(rule.type).toBe('new_terms');
    expect(rule.risk_score).toBe(47);
    expect(rule.index).toEqual(['filebeat-*', 'logs-aws.cloudtrail-*']);
    expect(rule.new_terms).toEqual({
      field: 'new_terms_fields',
      value: ['cloud.account.id', 'user.name'],
      history_window_start: [{ field: 'history_window_start', value: 'now-10d' }],
    });
    expect(rule.investigation_fields?.field_names).toHaveLength(12);
    expect(rule.threat?.[0]?.technique?.map((t) => t.id)).toEqual(['T1518', 'T1538', 'T1580']);
  });

  it('reports malformed TOML with line and column', () => {
    expect(problemsOf(variant(['risk_score = 47', 'risk_score = ']))).toEqual([
      expect.stringMatching(/^TOML syntax error at line \d+, column \d+: /),
    ]);
  });

  it('names a missing required key', () => {
    expect(problemsOf(variant(['severity = "medium"\n', '']))).toEqual([
      'rule.severity: is required (one of low, medium, high, critical)',
    ]);
  });

  it('names a wrong type with the value found', () => {
    expect(problemsOf(variant(['risk_score = 47', 'risk_score = "47"']))).toEqual([
      'rule.risk_score: must be an integer from 0 to 100 (got "47")',
    ]);
    expect(problemsOf(variant(['tags = [\n', 'tags = [\n    42,\n']))).toEqual([
      'rule.tags[0]: must be a string (got 42)',
    ]);
  });

  it('rejects a risk_score out of range', () => {
    expect(problemsOf(variant(['risk_score = 47', 'risk_score = 200']))).toEqual([
      'rule.risk_score: must be an integer from 0 to 100 (got 200)',
    ]);
  });

  it('rejects 4 new-terms fields', () => {
    const text = variant([
      'value = ["cloud.account.id", "user.name"]',
      'value = ["a", "b", "c", "d"]',
    ]);
    expect(problemsOf(text)).toEqual(['rule.new_terms.value: must list 1 to 3 fields (got 4)']);
  });

  it('rejects repeated and empty new-terms fields', () => {
    const text = variant([
      'value = ["cloud.account.id", "user.name"]',
      'value = ["user.name", "user.name"]',
    ]);
    expect(problemsOf(text)).toEqual(['rule.new_terms.value[1]: repeats field "user.name"']);
  });

  it('reports unknown keys instead of dropping them', () => {
    expect(problemsOf(variant(['risk_score = 47', 'risk_score = 47\nrisk_scor = 47']))).toEqual([
      'rule.risk_scor: unknown key',
    ]);
    expect(
      problemsOf(variant(['maturity = "production"', 'maturity = "production"\nowner = "me"'])),
    ).toEqual(['metadata.owner: unknown key']);
  });

  it('reports Object.prototype names as unknown keys, like any other', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(problemsOf(variant(['risk_score = 47', `risk_score = 47\n${key} = 1`]))).toEqual([
        `rule.${key}: unknown key`,
      ]);
    }
  });

  it('refuses keys the build computes', () => {
    expect(problemsOf(variant(['risk_score = 47', 'risk_score = 47\nversion = 3']))).toEqual([
      'rule.version: is computed by the build from the rule; remove it from the TOML (version_lock.json)',
    ]);
  });

  it('checks severity, rule_id, type, from and interval', () => {
    const text = variant(
      ['severity = "medium"', 'severity = "urgent"'],
      ['rule_id = "1004ad5b-6900-4d28-ab5b-472f02e1fdfb"', 'rule_id = "not-a-uuid"'],
      ['from = "now-6m"', 'from = "yesterday"\ninterval = "5 minutes"'],
    );
    expect(problemsOf(text)).toEqual([
      'rule.from: must be date math such as "now-6m" or an ISO date (got "yesterday")',
      'rule.interval: must be an interval such as "5m" (digits then s, m, h or d) (got "5 minutes")',
      'rule.rule_id: must be a UUID (got "not-a-uuid")',
      'rule.severity: must be one of low, medium, high, critical (got "urgent")',
    ]);
    expect(problemsOf(variant(['from = "now-6m"', 'from = "now-6x"']))).toEqual([
      'rule.from: must be date math such as "now-6m" or an ISO date (got "now-6x")',
    ]);
    expect(problemsOf(variant(['type = "new_terms"', 'type = "rare"']))).toEqual([
      'rule.type: must be one of eql, esql, machine_learning, new_terms, query, saved_query, threat_match, threshold (got "rare")',
    ]);
  });

  it('checks that the query parses as KQL', () => {
    const text = variant(['and event.outcome: "success"', 'and event.outcome: ("success"']);
    expect(problemsOf(text)).toEqual([
      expect.stringMatching(/^rule\.query: KQL syntax error at offset \d+: Expected /),
    ]);
  });

  it('checks that the history window starts before from', () => {
    const text = variant(['value = "now-10d"', 'value = "now-1m"']);
    expect(problemsOf(text)).toEqual([
      'rule.new_terms.history_window_start[0].value: must be earlier than from ("now-6m"); Kibana rejects the rule otherwise (got "now-1m")',
    ]);
  });

  it('names the new_terms keys detection-rules expects', () => {
    const text = variant(['field = "new_terms_fields"', 'field = "fields"']);
    expect(problemsOf(text)).toEqual([
      'rule.new_terms.field: must be "new_terms_fields" (got "fields")',
    ]);
  });

  it('refuses a rule type this project cannot check', () => {
    expect(problemsOf(variant(['type = "new_terms"', 'type = "eql"']))).toEqual([
      'rule.type: rule type "eql" is not supported here (supported: new_terms, query)',
    ]);
  });

  it('refuses a query field whose type only definitions it does not hold could give', () => {
    const otherStream = variant([
      'data_stream.dataset: "aws.cloudtrail"',
      'data_stream.dataset: "aws.guardduty"',
    ]);
    expect(problemsOf(otherStream)).toContain(
      'rule.query: the field definitions of data stream "aws.guardduty" are not in common/rules/fields/; generate them with scripts/rules/generate_integration_fields.ts',
    );
    // No dataset over Beats indices: Elastic's build would read the Beats schemas.
    const beats = variant(['data_stream.dataset: "aws.cloudtrail"\n    and ', '']);
    expect(problemsOf(beats)[0]).toBe(
      'rule.query: field "aws.cloudtrail.request_parameters" is not an ECS field and the query selects no dataset: Elastic\'s build would type it from the Beats schemas, which this project does not hold; select the data stream (data_stream.dataset) in the query',
    );
  });

  it("checks the note's headings as Elastic's build does", () => {
    const note = (heading: string) =>
      variant(['## Triage and analysis\n', `${heading}\n\nText.\n\n## Triage and analysis\n`]);
    expect(problemsOf(note('### Setup'))).toEqual([
      'rule.note: Setup section with wrong header level: 3',
    ]);
    expect(problemsOf(note('## setup'))).toEqual([
      'rule.note: Setup header has improper casing: setup',
    ]);
    expect(problemsOf(note('## Config'))).toEqual([
      'rule.note: Setup header contains Config: Config',
    ]);
    const both = variant(
      ['## Triage and analysis\n', '## Setup\n\nText.\n\n## Triage and analysis\n'],
      ['risk_score = 47', 'risk_score = 47\nsetup = "Elsewhere."'],
    );
    expect(problemsOf(both)).toEqual([
      'rule.note: Setup header found in both note and setup fields',
    ]);
  });

  it('refuses a rule type it does not manage in one line, whatever keys that type brings', () => {
    const threshold = variant(
      ['type = "new_terms"', 'type = "threshold"'],
      [
        '[rule.new_terms]',
        '[rule.threshold]\nfield = ["user.name"]\nvalue = 5\n\n[rule.new_terms]',
      ],
    );
    expect(problemsOf(threshold)).toEqual([
      'rule.type: rule type "threshold" is not supported here (supported: new_terms, query)',
    ]);
  });

  it('reports every problem at once', () => {
    const text = variant(['risk_score = 47', 'risk_score = -1'], ['severity = "medium"\n', '']);
    expect(problemsOf(text)).toHaveLength(2);
  });
});
