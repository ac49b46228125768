// `ssm-recon-rule exceptions list|add|remove`: the deployed rule's exception items through Kibana's Exceptions
// API, as you (Kibana refuses changes to a reader: exit 2 with the reason).
import { isRight } from 'fp-ts/Either';
import * as t from 'io-ts';
import { ExceptionEntry, type ExceptionsResponse } from '../../../../common/api';
import { CLI_NAME } from '../../../../common/constants';
import {
  addException,
  listExceptions,
  removeException,
} from '../../../lib/exceptions/rule_exceptions';
import { EXIT_OK, UsageError, type CliCommand } from '../command';
import { connectionHelp, type Upstream } from '../connection_options';
import { exceptionEntryText } from '../../../../common/format';
import { OUTPUT_HELP, runServiceCommand } from '../service_command';

const FLAGS = {
  match: { type: 'string', multiple: true },
  entries: { type: 'string' },
  name: { type: 'string' },
  id: { type: 'string' },
} as const;

const USES: readonly Upstream[] = ['kibana'];

function exceptionsText(result: ExceptionsResponse): string {
  if (!result.ruleDeployed) return 'The rule is not deployed in this space: no exceptions.\n';
  if (result.items.length === 0) return 'The rule has no exceptions.\n';
  return `${result.items
    .map(
      (item) =>
        `${item.id}  ${item.name}${item.addedHere ? '' : ' (not added here)'}\n  ${item.entries.map(exceptionEntryText).join(' and ')}`,
    )
    .join('\n')}\n`;
}

/** `--match field=value` (repeatable) and `--entries <json>` (Kibana's entry objects), ANDed. */
function entriesOf(values: Record<string, unknown>): ExceptionEntry[] {
  const entries: ExceptionEntry[] = [];
  for (const text of (values.match as string[] | undefined) ?? []) {
    const at = text.indexOf('=');
    if (at <= 0 || at === text.length - 1) {
      throw new UsageError(`--match takes field=value, got ${JSON.stringify(text)}`);
    }
    entries.push({
      type: 'match',
      field: text.slice(0, at),
      operator: 'included',
      value: text.slice(at + 1),
    });
  }
  if (typeof values.entries === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(values.entries);
    } catch {
      throw new UsageError('--entries must be a JSON array of exception entries');
    }
    const decoded = t.array(ExceptionEntry).decode(parsed);
    if (!isRight(decoded)) {
      throw new UsageError(
        '--entries must be a JSON array of {type: match|match_any|wildcard|exists, field, operator, value}',
      );
    }
    entries.push(...decoded.right);
  }
  if (entries.length === 0)
    throw new UsageError('add needs --match field=value or --entries <json>');
  return entries;
}

export const exceptionsCommand: CliCommand = {
  name: 'exceptions',
  summary: 'list, add or remove the deployed rule’s exceptions',
  usage: `Usage: ${CLI_NAME} exceptions list
       ${CLI_NAME} exceptions add --match <field=value> [--match …] [--entries <json>] [--name <name>]
       ${CLI_NAME} exceptions remove --id <item id>

  --match <field=value>      an entry "field is value" (repeat to AND several)
  --entries <json>           entries as Kibana's exception items hold them, e.g.
                             '[{"type":"match_any","field":"user.name","operator":"included","value":["a","b"]}]'
  --id <id>                  the item to remove (from list); only items this tool added can be removed

${connectionHelp(USES)}

${OUTPUT_HELP}`,
  run: (args, io) => {
    const [action, ...rest] = args;
    if (action !== 'list' && action !== 'add' && action !== 'remove') {
      throw new UsageError(
        `exceptions needs list, add or remove, got ${JSON.stringify(action ?? '')}`,
      );
    }
    return runServiceCommand(rest, io, USES, FLAGS, (values) => {
      const base = { text: exceptionsText, exitCode: () => EXIT_OK };
      if (action === 'list') {
        return {
          ...base,
          progress: 'Reading the rule’s exceptions…',
          call: (ctx) => listExceptions(ctx),
        };
      }
      if (action === 'add') {
        const entries = entriesOf(values);
        const name = typeof values.name === 'string' ? values.name : undefined;
        return {
          ...base,
          progress: 'Adding the exception…',
          call: (ctx) => addException(ctx, { entries, ...(name ? { name } : {}) }),
        };
      }
      const id = values.id;
      if (typeof id !== 'string' || id.trim() === '')
        throw new UsageError('remove needs --id <item id>');
      return {
        ...base,
        progress: 'Removing the exception…',
        call: (ctx) => removeException(ctx, id),
      };
    });
  },
};
