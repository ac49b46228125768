// Finding and reading rule files: every *.toml in the rules folder is a bundled rule.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  BUNDLED_RULES_DIR,
  RuleFileError,
  listBundledRuleFiles,
  loadBundledRule,
  loadBundledRules,
  loadRuleFile,
} from './rule_files';

const ELASTIC_RULE_ID = '1004ad5b-6900-4d28-ab5b-472f02e1fdfb';
const OTHER_RULE_ID = '00000000-0000-4000-8000-000000000002';

describe('bundled rules', () => {
  it('lists the TOML files of common/rules', async () => {
    const files = await listBundledRuleFiles();
    expect(files.map((f) => basename(f))).toEqual(['discovery_ssm_inventory_reconnaissance.toml']);
  });

  it('loads the only bundled rule by default and by rule_id', async () => {
    expect((await loadBundledRule()).definition.rule.rule_id).toBe(ELASTIC_RULE_ID);
    expect((await loadBundledRule(ELASTIC_RULE_ID)).definition.rule.name).toBe(
      'AWS SSM Inventory Reconnaissance by Rare User',
    );
    await expect(loadBundledRule(OTHER_RULE_ID)).rejects.toThrow(
      `no bundled rule has rule_id ${OTHER_RULE_ID}`,
    );
  });

  describe('with a second TOML dropped next to the first', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'rules-'));
      const text = await readFile(
        join(BUNDLED_RULES_DIR, 'discovery_ssm_inventory_reconnaissance.toml'),
        'utf8',
      );
      await writeFile(join(dir, 'a.toml'), text);
      await writeFile(join(dir, 'b.toml'), text.replace(ELASTIC_RULE_ID, OTHER_RULE_ID));
      await writeFile(join(dir, 'notes.txt'), 'not a rule');
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('manages both', async () => {
      const rules = await loadBundledRules(dir);
      expect(rules.map((r) => r.definition.rule.rule_id)).toEqual([ELASTIC_RULE_ID, OTHER_RULE_ID]);
      expect((await loadBundledRule(OTHER_RULE_ID, dir)).path).toBe(join(dir, 'b.toml'));
    });

    it('asks which one when none is named', async () => {
      await expect(loadBundledRule(undefined, dir)).rejects.toThrow(/^2 bundled rules; name one: /);
    });
  });
});

describe('loadRuleFile', () => {
  it('returns problems instead of throwing for an invalid rule', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rules-'));
    try {
      await writeFile(join(dir, 'bad.toml'), '[metadata]\n');
      const { result } = await loadRuleFile(join(dir, 'bad.toml'));
      expect(result.ok).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('throws RuleFileError for a missing file', async () => {
    const missing = join(tmpdir(), 'no-such-rule.toml');
    await expect(loadRuleFile(missing)).rejects.toThrow(new RuleFileError(missing, 'no such file'));
  });
});
