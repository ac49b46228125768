// Node-only access to rule files: the bundled rules in common/rules/ (every *.toml there is one) and any TOML path.
// Parsing and validation are lib/rule's; this module only finds and reads files.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { RuleData, RuleDefinition, RuleParseResult } from './rule';
import { BUNDLED_RULE_DATA, RuleValidationError, parseRuleToml } from './rule';

export const BUNDLED_RULES_DIR = resolve(__dirname, '../../common/rules');

/** A rule file that cannot be read (missing, a directory, no permission). */
export class RuleFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    // A name with control characters (a newline) is quoted, so the message stays one line.
    const control = [...path].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
    const shown = control ? JSON.stringify(path) : path;
    super(`cannot read rule file ${shown}: ${reason}`);
    this.name = 'RuleFileError';
  }
}

export interface RuleFileResult {
  path: string;
  text: string;
  result: RuleParseResult;
}

export interface BundledRule {
  path: string;
  text: string;
  definition: RuleDefinition;
}

/** Absolute paths of the bundled rule files, sorted by name. */
export async function listBundledRuleFiles(dir: string = BUNDLED_RULES_DIR): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((n) => n.endsWith('.toml'))
    .sort()
    .map((n) => join(dir, n));
}

export async function readRuleFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : String((error as Error).message);
    throw new RuleFileError(path, reason);
  }
}

/** Reads and parses one TOML file; problems are returned, not thrown. */
export async function loadRuleFile(
  path: string,
  data: RuleData = BUNDLED_RULE_DATA,
): Promise<RuleFileResult> {
  const text = await readRuleFile(path);
  return { path, text, result: parseRuleToml(text, data) };
}

/** Every bundled rule, decoded. A bundled rule that does not validate is a defect: throws RuleValidationError. */
export async function loadBundledRules(dir: string = BUNDLED_RULES_DIR): Promise<BundledRule[]> {
  const files = await listBundledRuleFiles(dir);
  return Promise.all(
    files.map(async (path) => {
      const { text, result } = await loadRuleFile(path);
      if (!result.ok) {
        throw new RuleValidationError(
          result.problems.map((p) => ({ ...p, path: `${path}: ${p.path}` })),
        );
      }
      return { path, text, definition: result.definition };
    }),
  );
}

/**
 * The bundled rule with this rule_id, or the only bundled rule when none is named. Throws when the choice is
 * ambiguous or the rule is not bundled.
 */
export async function loadBundledRule(
  ruleId?: string,
  dir: string = BUNDLED_RULES_DIR,
): Promise<BundledRule> {
  const rules = await loadBundledRules(dir);
  if (ruleId !== undefined) {
    const found = rules.find((r) => r.definition.rule.rule_id === ruleId);
    if (!found) throw new Error(`no bundled rule has rule_id ${ruleId}`);
    return found;
  }
  const [only, ...others] = rules;
  if (!only) throw new Error(`no bundled rule in ${dir}`);
  if (others.length > 0) {
    throw new Error(
      `${rules.length} bundled rules; name one: ${rules.map((r) => r.definition.rule.rule_id).join(', ')}`,
    );
  }
  return only;
}

/** The file a command works on: the given path (relative to `cwd`), or the only bundled rule file. */
export async function ruleFilePath(file: string | undefined, cwd: string): Promise<string> {
  if (file !== undefined) return resolve(cwd, file);
  const files = await listBundledRuleFiles();
  const [only, ...others] = files;
  if (!only) throw new Error(`no bundled rule in ${BUNDLED_RULES_DIR}`);
  if (others.length > 0) throw new Error(`${files.length} bundled rules; name the file to use`);
  return only;
}
