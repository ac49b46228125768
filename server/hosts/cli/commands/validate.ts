// `ssm-recon-rule validate [file.toml]`: checks a detection-rules TOML file and prints every problem.
import { buildRule } from '../../../lib/rule';
import type { CliCommand, CliIo } from '../command';
import { printForRuleArgument } from './rule_argument';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check a detection-rules TOML file; print every problem and exit 1, or exit 0',
  usage: [
    'Usage: ssm-recon-rule validate [file.toml | --rule file.toml]',
    '',
    'Checks syntax, types, unknown keys, the new-terms block, the KQL query and the derived fields.',
    'Default: the bundled rule. Exit 0 when valid, 1 with one line per problem otherwise.',
  ].join('\n'),
  // Problems are the answer here, so they go to stdout.
  run: (args: string[], io: CliIo): Promise<number> =>
    printForRuleArgument(args, io, 'stdout', (definition, path) => {
      const { version } = buildRule(definition);
      return `${path}: valid (rule_id ${definition.rule.rule_id}, version ${version.version}, ${version.status})`;
    }),
};
