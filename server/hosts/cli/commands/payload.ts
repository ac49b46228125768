// `ssm-recon-rule payload [file.toml]`: the Detection Engine create body of a rule, as Elastic's build writes it.
import { buildRulePayload } from '../../../lib/rule';
import type { CliCommand, CliIo } from '../command';
import { printForRuleArgument } from './rule_argument';

/** Keys sorted at every level, as in Elastic's package assets. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export const payloadCommand: CliCommand = {
  name: 'payload',
  summary: "print the rule's Detection Engine create body, exactly as Elastic's build produces it",
  usage: [
    'Usage: ssm-recon-rule payload [file.toml | --rule file.toml]',
    '',
    'Prints the create body (JSON) for a detection-rules TOML file; default: the bundled rule.',
    'The body has no "enabled": the deploy decides that. Exit 1 if the rule has problems.',
  ].join('\n'),
  run: (args: string[], io: CliIo): Promise<number> =>
    printForRuleArgument(args, io, 'stderr', (definition) =>
      JSON.stringify(sortedKeys(buildRulePayload(definition)), null, 2),
    ),
};
