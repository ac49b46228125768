// `ssm-recon-rule hash [file.toml]`: Elastic's version-lock hash of a rule (equal hashes, equal bodies).
import { buildRule, formatProblem } from '../../../common/rule';
import type { CliCommand, CliIo } from '../command';
import { EXIT_OK, EXIT_PROBLEMS } from '../command';
import { loadRuleArgument } from './rule_argument';

export const hashCommand: CliCommand = {
  name: 'hash',
  summary: "print the rule's version-lock hash (proves byte-equality with Elastic's build)",
  usage: [
    'Usage: ssm-recon-rule hash [file.toml]',
    '',
    "Prints the SHA-256 Elastic's version lock records for the rule's content: the create body without",
    'version and related_integrations, as canonical Python JSON, base64-encoded. Default: the bundled rule.',
  ].join('\n'),
  async run(args: string[], io: CliIo): Promise<number> {
    const loaded = await loadRuleArgument(args, io);
    if (!loaded.result.ok) {
      for (const p of loaded.result.problems)
        io.stderr.write(`${loaded.path}: ${formatProblem(p)}\n`);
      return EXIT_PROBLEMS;
    }
    io.stdout.write(`${buildRule(loaded.result.definition).hash}\n`);
    return EXIT_OK;
  },
};
