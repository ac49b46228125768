// The optional `[file.toml]` argument of the rule commands: read and parsed; an unreadable file is a usage error.
import type { RuleFileResult } from '../../lib/rule_files';
import { RuleFileError, loadRuleFile, ruleFilePath } from '../../lib/rule_files';
import type { CliIo } from '../command';
import { UsageError } from '../command';

export async function loadRuleArgument(args: string[], io: CliIo): Promise<RuleFileResult> {
  const [file, ...extra] = args;
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0] ?? ''}'`);
  if (file?.startsWith('-')) throw new UsageError(`unknown option '${file}'`);
  try {
    return await loadRuleFile(await ruleFilePath(file, io.cwd));
  } catch (error) {
    if (error instanceof RuleFileError) throw new UsageError(error.message);
    throw error;
  }
}
