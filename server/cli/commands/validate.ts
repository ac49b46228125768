// `ssm-recon-rule validate [file.toml]`: checks a detection-rules TOML file and prints every problem.
import { buildRule, formatProblem } from '../../../common/rule';
import type { CliCommand, CliIo } from '../command';
import { EXIT_OK, EXIT_PROBLEMS } from '../command';
import { loadRuleArgument } from './rule_argument';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check a detection-rules TOML file; print every problem and exit 1, or exit 0',
  usage: [
    'Usage: ssm-recon-rule validate [file.toml]',
    '',
    'Checks syntax, types, unknown keys, the new-terms block, the KQL query and the derived fields.',
    'Default: the bundled rule. Exit 0 when valid, 1 with one line per problem otherwise.',
  ].join('\n'),
  async run(args: string[], io: CliIo): Promise<number> {
    const loaded = await loadRuleArgument(args, io);
    if (!loaded.result.ok) {
      for (const p of loaded.result.problems)
        io.stdout.write(`${loaded.path}: ${formatProblem(p)}\n`);
      return EXIT_PROBLEMS;
    }
    const { rule } = loaded.result.definition;
    const { version } = buildRule(loaded.result.definition);
    io.stdout.write(
      `${loaded.path}: valid (rule_id ${rule.rule_id}, version ${version.version}, ${version.status})\n`,
    );
    return EXIT_OK;
  },
};
