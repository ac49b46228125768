// The `--rule <file.toml>` option of the commands that talk to a cluster: manage that detection-rules file
// instead of the bundled rule (e.g. to try a rule change in CI). A file that does not validate is a usage error.
import path from 'node:path';
import { formatProblem, type RuleDefinition } from '../../lib/rule';
import { RuleFileError, loadBundledRule, loadRuleFile } from '../../lib/rule_files';
import { UsageError } from './command';

export const RULE_FLAG = { rule: { type: 'string' } } as const;

export const RULE_HELP = `  --rule <file.toml>         manage this detection-rules file instead of the bundled rule`;

export async function ruleForCommand(
  file: string | undefined,
  cwd: string,
): Promise<RuleDefinition> {
  if (file === undefined) return (await loadBundledRule()).definition;
  try {
    const { result } = await loadRuleFile(path.resolve(cwd, file));
    if (!result.ok) {
      throw new UsageError(
        `--rule ${file} is not a valid rule: ${result.problems.map(formatProblem).join('; ')}`,
      );
    }
    return result.definition;
  } catch (error) {
    if (error instanceof RuleFileError) throw new UsageError(error.message);
    throw error;
  }
}
