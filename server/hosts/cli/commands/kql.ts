// `ssm-recon-rule kql`: translates KQL to Elasticsearch query DSL as Kibana would (one query, or a JSON-lines batch).

import { readFileSync } from 'fs';
import { resolve } from 'path';
import { createInterface } from 'readline';
import { closestName } from '../closest_name';
import type { CliCommand, CliIo } from '../command';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from '../command';
import type { TranslationOptions } from '../../../lib/kql';
import {
  FieldSpecCodec,
  TranslationOptionsCodec,
  decodeTranslationRequest,
  translateKql,
} from '../../../lib/kql';
import type * as t from 'io-ts';
import { isRight } from 'fp-ts/Either';

const USAGE = `Usage: ssm-recon-rule kql [--fields <json>] [--options <json>] [--] <kql>
       ssm-recon-rule kql --batch < requests.jsonl

Translates a KQL query into the Elasticsearch query DSL Kibana builds for it, printed as JSON.

Options:
  --fields <json>    Field list: {"name": "keyword" | "text" | "constant_keyword" | "date" | "number" |
                     "boolean" | <mapping type>, "name": {"type": ..., "nested": "<path>"}}.
                     Without it no field list is used; {} is a field list that knows no field.
                     @<file> reads the JSON from a file.
  --options <json>   {"api": "toElasticsearchQuery" | "buildEsQuery", "allowLeadingWildcards",
                     "dateFormatTZ", "caseInsensitive", "nestedIgnoreUnmapped", "filtersInMustClause",
                     "queryStringOptions", "ignoreFilterIfFieldNotInIndex"}. @<file> reads a file.
  --batch            Read one JSON request per line on stdin ({"kql", "fields"?, "options"?}) and write
                     one line per request: {"dsl": ...} or {"error": "<message>"}. Blank lines are skipped.

Exit codes: 0 translated (a batch always exits 0 once read), 1 the query is invalid (message on stderr),
2 usage error.`;

export const kqlCommand: CliCommand = {
  name: 'kql',
  summary: 'translate KQL to Elasticsearch query DSL as Kibana does',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseArgs(args, io.cwd);
    if (parsed.batch) return runBatch(io);
    try {
      const dsl = translateKql({ kql: parsed.kql, fields: parsed.fields, options: parsed.options });
      io.stdout.write(`${JSON.stringify(dsl, null, 2)}\n`);
      return EXIT_OK;
    } catch (error) {
      io.stderr.write(`${errorMessage(error)}\n`);
      return EXIT_PROBLEMS;
    }
  },
};

interface ParsedArgs {
  batch: boolean;
  kql: string;
  fields?: t.TypeOf<typeof FieldSpecCodec>;
  options?: TranslationOptions;
}

function parseArgs(args: string[], cwd: string): ParsedArgs {
  let batch = false;
  let fields: ParsedArgs['fields'];
  let options: ParsedArgs['options'];
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--batch') batch = true;
    else if (arg === '--fields' || arg === '--options') {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a JSON value`);
      if (arg === '--fields') fields = decodeOption(arg, value, FieldSpecCodec, cwd);
      else options = decodeOption(arg, value, TranslationOptionsCodec, cwd);
    } else if (arg.startsWith('--')) {
      const suggestion = closestName(arg.slice(2), ['batch', 'fields', 'options', 'help']);
      throw new UsageError(
        suggestion
          ? `Unknown option '${arg}'. Did you mean '--${suggestion}'?`
          : `Unknown option '${arg}'`,
      );
    } else positional.push(arg);
  }
  if (batch) {
    if (positional.length > 0 || fields !== undefined || options !== undefined) {
      throw new UsageError(
        '--batch reads everything from stdin; give no query, --fields or --options',
      );
    }
    return { batch, kql: '' };
  }
  // Unquoted words arrive as several arguments: they form one query.
  if (positional.length === 0) throw new UsageError('give a KQL query (quote it) or --batch');
  return { batch, kql: positional.join(' '), fields, options };
}

function decodeOption<A>(
  name: string,
  raw: string,
  codec: t.Type<A, unknown, unknown>,
  cwd: string,
): A {
  let text = raw;
  if (raw.startsWith('@')) {
    try {
      text = readFileSync(resolve(cwd, raw.slice(1)), 'utf8');
    } catch (error) {
      throw new UsageError(`${name}: cannot read ${raw.slice(1)}: ${errorMessage(error)}`);
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${name}: not valid JSON: ${errorMessage(error)}`);
  }
  const decoded = codec.decode(value);
  if (!isRight(decoded)) throw new UsageError(`${name}: not the expected shape (see --help)`);
  return decoded.right;
}

async function runBatch(io: CliIo): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    io.stdout.write(`${JSON.stringify(translateLine(line))}\n`);
  }
  return EXIT_OK;
}

function translateLine(line: string): { dsl: unknown } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `invalid JSON: ${errorMessage(error)}` };
  }
  const request = decodeTranslationRequest(value);
  if ('error' in request) return request;
  try {
    return { dsl: translateKql(request) };
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
