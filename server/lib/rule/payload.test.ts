// The TOML → Detection Engine body mapping of RULE_CONVERSION (one test per row) and Elastic's version-lock hash of
// the built body.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pythonJsonDumps, ruleContentHash } from './identity';
import { loadRuleDefinition } from './parse';
import type { RuleData, RulePayload } from './payload';
import { BUNDLED_RULE_DATA, buildRule } from './payload';
import { BUNDLED_FIELD_TABLES, mappingTypeOf, resolveFieldType } from './field_types';
import { BUNDLED_TOML, variant } from '../../../test/support/bundled_rule_text';

const ELASTIC_V3 = JSON.parse(
  readFileSync(
    join(__dirname, '../../../test/fixtures/rule/1004ad5b-6900-4d28-ab5b-472f02e1fdfb_3.json'),
    'utf8',
  ),
) as Record<string, unknown>;

function build(text: string = BUNDLED_TOML, data: RuleData = BUNDLED_RULE_DATA) {
  return buildRule(loadRuleDefinition(text, data), data);
}
const bundled = build();
const body: RulePayload = bundled.payload;

describe('the bundled rule', () => {
  it("builds Elastic's shipped version-3 body exactly", () => {
    expect(JSON.parse(JSON.stringify(body))).toEqual(ELASTIC_V3);
  });

  it("hashes to Elastic's version-3 lock value", () => {
    expect(bundled.hash).toBe('1531a1d1f980b959ce58e42c0fb6a88915457be59be0697a2a52c266a55d4f25');
  });

  it('reproduces the hashes of versions 1 and 2 from their content', () => {
    const v2 = variant([
      'data_stream.dataset: "aws.cloudtrail"',
      'event.dataset: "aws.cloudtrail"',
    ]);
    expect(build(v2).hash.slice(0, 12)).toBe('2eb8cfdb0779');
    const v1 = v2.replace(
      /\[\[rule\.threat\.technique\]\]\nid = "T1518"\nname = "Software Discovery"\nreference = "[^"]+"\n\n/,
      '',
    );
    expect(v1).not.toBe(v2);
    expect(build(v1).hash.slice(0, 12)).toBe('8e7b6e88f72d');
  });
});

describe('RULE_CONVERSION mapping, row by row', () => {
  it('[metadata]: dropped', () => {
    for (const key of ['metadata', 'creation_date', 'updated_date', 'integration', 'maturity']) {
      expect(body).not.toHaveProperty(key);
    }
  });

  it('description, name, author, false_positives: whitespace collapsed', () => {
    // Five lines, two of them with a trailing space, become one line with single spaces.
    expect(body.description).toMatch(
      /^Detects the rare occurrence of a user or role accessing AWS Systems Manager/,
    );
    expect(body.description).not.toMatch(/\n|\s{2}|\s$/);
    expect(body.description).toContain('running the AWS-GatherSoftwareInventory job. These APIs');
    expect(body.description).toContain('legitimate AWS operations. This is a New Terms rule');
    expect(body.name).toBe('AWS SSM Inventory Reconnaissance by Rare User');
    expect(body.author).toEqual(['Elastic']);
    // Leading indentation and the trailing blank line both vanish (the whole string is stripped first).
    expect(body.false_positives).toEqual([
      'Legitimate administrators or automation tools may access SSM inventory APIs for asset management or ' +
        'compliance purposes. Verify whether the user identity should be using these APIs. If known behavior is ' +
        'causing false positives, add exceptions.',
    ]);
    // Only Python's rule matches Elastic's hash: keeping the trailing space of the blank last line does not.
    const keptTrailing = { ...body, false_positives: [`${body.false_positives?.[0] ?? ''} `] };
    expect(ruleContentHash(keptTrailing)).not.toBe(bundled.hash);
  });

  it('note: verbatim, with newlines, trailing spaces and the en dash', () => {
    const note = body.note ?? '';
    expect(note.startsWith('## Triage and analysis\n\n### Investigating AWS SSM')).toBe(true);
    expect(note).toContain('including installed \napplications');
    expect(note).toContain('playbooks/)** \n- **[AWS Customer');
    expect(note).toContain('AWS Knowledge Center \u2013 Security Best Practices');
    expect(note.endsWith('security-best-practices/)**\n')).toBe(true);
    // The en dash reaches the hashed JSON as Python writes it.
    expect(pythonJsonDumps({ note })).toContain('Center \\u2013 Security');
  });

  it('setup: verbatim when the TOML has it, absent otherwise', () => {
    expect(body).not.toHaveProperty('setup');
    const withSetup = build(
      variant(['note = """', 'setup = """Line one  \n\nLine two\n"""\nnote = """']),
    );
    expect(withSetup.payload.setup).toBe('Line one  \n\nLine two\n');
  });

  it('query: verbatim, without the newline after the opening quotes, keeping the trailing space and final newline', () => {
    expect(body.query).toBe(
      'data_stream.dataset: "aws.cloudtrail"\n' +
        '    and event.provider: "ssm.amazonaws.com"\n' +
        '    and (\n' +
        '        event.action: ("GetInventory" or "GetInventorySchema" or "ListInventoryEntries" or "DescribeInstancePatches" or "ListCommands")\n' +
        '        or (event.action: "CreateAssociation"\n' +
        '            and aws.cloudtrail.request_parameters: *AWS-GatherSoftwareInventory*)\n' +
        '    )\n' +
        '    and not aws.cloudtrail.user_identity.type : "AWSService" \n' +
        '    and event.outcome: "success"\n',
    );
  });

  it('from, index, language, license, references, risk_score, rule_id, severity, tags, timestamp_override, type: as is', () => {
    expect(body).toMatchObject({
      from: 'now-6m',
      index: ['filebeat-*', 'logs-aws.cloudtrail-*'],
      language: 'kuery',
      license: 'Elastic License v2',
      risk_score: 47,
      rule_id: '1004ad5b-6900-4d28-ab5b-472f02e1fdfb',
      severity: 'medium',
      timestamp_override: 'event.ingested',
      type: 'new_terms',
    });
    expect(body.references).toHaveLength(3);
    expect(body.tags).toEqual([
      'Domain: Cloud',
      'Data Source: AWS',
      'Data Source: Amazon Web Services',
      'Data Source: AWS SSM',
      'Use Case: Threat Detection',
      'Tactic: Discovery',
      'Resources: Investigation Guide',
    ]);
  });

  it('investigation_fields: object kept, order kept', () => {
    expect(body.investigation_fields?.field_names.slice(0, 3)).toEqual([
      '@timestamp',
      'user.name',
      'user_agent.original',
    ]);
    expect(body.investigation_fields?.field_names.at(-1)).toBe('aws.cloudtrail.request_parameters');
  });

  it('threat: framework, tactic, techniques in order; technique defaults to []', () => {
    expect(body.threat).toEqual([
      {
        framework: 'MITRE ATT&CK',
        tactic: {
          id: 'TA0007',
          name: 'Discovery',
          reference: 'https://attack.mitre.org/tactics/TA0007/',
        },
        technique: [
          {
            id: 'T1518',
            name: 'Software Discovery',
            reference: 'https://attack.mitre.org/techniques/T1518/',
          },
          {
            id: 'T1538',
            name: 'Cloud Service Dashboard',
            reference: 'https://attack.mitre.org/techniques/T1538/',
          },
          {
            id: 'T1580',
            name: 'Cloud Infrastructure Discovery',
            reference: 'https://attack.mitre.org/techniques/T1580/',
          },
        ],
      },
    ]);
    const noTechniques = build(
      BUNDLED_TOML.replace(/\[\[rule\.threat\.technique\]\]\n(?:[a-z]+ = "[^"]*"\n)+\n/g, ''),
    );
    expect(noTechniques.payload.threat?.[0]?.technique).toEqual([]);
  });

  it('new_terms: the `field` value becomes the key, with the field list', () => {
    expect(body.new_terms_fields).toEqual(['cloud.account.id', 'user.name']);
    expect(body).not.toHaveProperty('new_terms');
  });

  it('history_window_start: the first window value', () => {
    expect(body.history_window_start).toBe('now-10d');
  });

  it('version: from the version lock (3 for this content; changed content gets 4; unknown rules 1)', () => {
    expect(body.version).toBe(3);
    expect(bundled.version.status).toBe('locked');
    const changed = build(variant(['risk_score = 47', 'risk_score = 73']));
    expect(changed.version).toMatchObject({ version: 4, status: 'changed' });
    const unlocked = build(BUNDLED_TOML, { ...BUNDLED_RULE_DATA, versionLock: {} });
    expect(unlocked.version).toEqual({ version: 1, status: 'unlocked' });
  });

  it('related_integrations: from [metadata] integration and the dataset in the query', () => {
    expect(body.related_integrations).toEqual([
      { package: 'aws', integration: 'cloudtrail', version: '^6.0.0' },
    ]);
    const noDataset = build(
      variant(
        ['data_stream.dataset: "aws.cloudtrail"\n    and ', ''],
        ['index = ["filebeat-*", "logs-aws.cloudtrail-*"]', 'index = ["logs-aws.cloudtrail-*"]'],
      ),
    );
    expect(noDataset.payload.related_integrations).toEqual([{ package: 'aws', version: '^6.0.0' }]);
  });

  it('required_fields: the query fields, sorted, with type (and ecs, as Elastic ships them)', () => {
    expect(body.required_fields).toEqual([
      { name: 'aws.cloudtrail.request_parameters', type: 'keyword', ecs: false },
      { name: 'aws.cloudtrail.user_identity.type', type: 'keyword', ecs: false },
      { name: 'data_stream.dataset', type: 'constant_keyword', ecs: true },
      { name: 'event.action', type: 'keyword', ecs: true },
      { name: 'event.outcome', type: 'keyword', ecs: true },
      { name: 'event.provider', type: 'keyword', ecs: true },
    ]);
    // Fields only in new_terms_fields, index or investigation_fields are not listed.
    expect(body.required_fields.map((f) => f.name)).not.toContain('user.name');
  });

  it('required_fields: ECS types first, then the selected data stream; `unknown` where neither defines the field', () => {
    const query = (extra: string) =>
      build(variant(['and event.outcome: "success"\n', `and event.outcome: "success"\n${extra}`]))
        .payload.required_fields;
    // A sub-key of the flattened request_parameters: the data stream defines only its parent.
    expect(
      query('    and aws.cloudtrail.flattened.request_parameters.key: "x"\n').find((f) =>
        f.name.startsWith('aws.cloudtrail.flattened'),
      ),
    ).toEqual({
      name: 'aws.cloudtrail.flattened.request_parameters.key',
      type: 'unknown',
      ecs: false,
    });
    // ECS wins over the data stream's own definition (constant_keyword there, keyword in ECS).
    expect(
      query('    and event.dataset: "aws.cloudtrail"\n').find((f) => f.name === 'event.dataset'),
    ).toEqual({
      name: 'event.dataset',
      type: 'keyword',
      ecs: true,
    });
    expect(query('    and source.ip: "10.0.0.0/8"\n').find((f) => f.name === 'source.ip')).toEqual({
      name: 'source.ip',
      type: 'ip',
      ecs: true,
    });
    expect(
      query('    and aws.cloudtrail.read_only: true\n').find(
        (f) => f.name === 'aws.cloudtrail.read_only',
      ),
    ).toEqual({ name: 'aws.cloudtrail.read_only', type: 'boolean', ecs: false });
  });

  it('adds no key the TOML does not set (no enabled, interval, to, max_signals, meta, exceptions_list, actions)', () => {
    for (const key of [
      'enabled',
      'interval',
      'to',
      'max_signals',
      'meta',
      'exceptions_list',
      'actions',
    ]) {
      expect(body).not.toHaveProperty(key);
    }
  });
});

describe('field types of fields named like Object.prototype members', () => {
  it('are unknown, as any field the tables do not define', () => {
    for (const name of ['constructor', 'toString', '__proto__']) {
      expect(resolveFieldType(name, ['aws.cloudtrail'], false, BUNDLED_FIELD_TABLES)).toEqual({
        type: 'unknown',
        ecs: false,
      });
      expect(mappingTypeOf(name)).toBeUndefined();
    }
    expect(resolveFieldType('x', ['constructor'], false, BUNDLED_FIELD_TABLES)).toHaveProperty(
      'problem',
    );
  });
});
