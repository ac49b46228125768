// `ssm-recon-rule hash [file.toml]`: Elastic's version-lock hash of a rule (equal hashes, equal bodies).
import { buildRule } from '../../../lib/rule';
import type { CliCommand, CliIo } from '../command';
import { printForRuleArgument } from './rule_argument';

export const hashCommand: CliCommand = {
  name: 'hash',
  summary: "print the rule's version-lock hash (proves byte-equality with Elastic's build)",
  usage: [
    'Usage: ssm-recon-rule hash [file.toml | --rule file.toml]',
    '',
    "Prints the SHA-256 Elastic's version lock records for the rule's content: the create body without",
    'version and related_integrations, as canonical Python JSON, base64-encoded. Default: the bundled rule.',
  ].join('\n'),
  run: (args: string[], io: CliIo): Promise<number> =>
    printForRuleArgument(args, io, 'stderr', (definition) => buildRule(definition).hash),
};
