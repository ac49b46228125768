// The optional `[file.toml]` argument of the rule commands (also taken as `--rule <file.toml>`, as the cluster
// commands take it): read and parsed; an unreadable file is a usage error, a rule with problems is one line per
// problem and exit 1.
import { formatProblem, type RuleDefinition } from '../../../lib/rule';
import type { RuleFileResult } from '../../../lib/rule_files';
import { RuleFileError, loadRuleFile, ruleFilePath } from '../../../lib/rule_files';
import type { CliIo } from '../command';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from '../command';

/** `--rule <file>` or `--rule=<file>` as the positional file. */
function positional(args: string[]): string[] {
  const [first, ...rest] = args;
  if (first === '--rule') {
    if (rest[0] === undefined) throw new UsageError("option '--rule' needs a file");
    return rest;
  }
  if (first?.startsWith('--rule=')) return [first.slice('--rule='.length), ...rest];
  return args;
}

export async function loadRuleArgument(args: string[], io: CliIo): Promise<RuleFileResult> {
  const [file, ...extra] = positional(args);
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0] ?? ''}'`);
  if (file?.startsWith('-')) throw new UsageError(`unknown option '${file}'`);
  try {
    return await loadRuleFile(await ruleFilePath(file, io.cwd));
  } catch (error) {
    if (error instanceof RuleFileError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Loads the rule argument and prints what `output` makes of a valid rule (exit 0); a rule with problems gets one
 * `<file>: <problem>` line each on `problemsTo` (exit 1).
 */
export async function printForRuleArgument(
  args: string[],
  io: CliIo,
  problemsTo: 'stdout' | 'stderr',
  output: (definition: RuleDefinition, path: string) => string,
): Promise<number> {
  const loaded = await loadRuleArgument(args, io);
  if (!loaded.result.ok) {
    for (const problem of loaded.result.problems)
      io[problemsTo].write(`${loaded.path}: ${formatProblem(problem)}\n`);
    return EXIT_PROBLEMS;
  }
  io.stdout.write(`${output(loaded.result.definition, loaded.path)}\n`);
  return EXIT_OK;
}
