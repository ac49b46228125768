// The kql command: one query to pretty JSON, syntax errors on stderr with exit 1, and the JSON-lines batch mode.

import { PassThrough } from 'stream';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { CliIo } from '../command';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from '../command';
import { main } from '../main';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], stdin = '', cwd = process.cwd()): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const input = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  input.end(stdin);
  const io: CliIo = { stdout, stderr, stdin: input, env: {}, cwd };
  const code = await main(['kql', ...args], io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('ssm-recon-rule kql', () => {
  it('prints the DSL of one query', async () => {
    const result = await run([
      '--fields',
      '{"event.action":"keyword"}',
      'event.action: GetInventory',
    ]);
    expect(result.code).toBe(EXIT_OK);
    expect(JSON.parse(result.stdout)).toStrictEqual({
      bool: {
        should: [{ term: { 'event.action': { value: 'GetInventory' } } }],
        minimum_should_match: 1,
      },
    });
    expect(result.stderr).toBe('');
  });

  it('uses no field list unless given one, and applies --options', async () => {
    const plain = await run(['@timestamp: "2024-01-01"']);
    expect(JSON.parse(plain.stdout)).toStrictEqual({
      bool: { should: [{ match_phrase: { '@timestamp': '2024-01-01' } }], minimum_should_match: 1 },
    });
    const dated = await run([
      '--fields',
      '{"@timestamp":"date"}',
      '--options',
      '{"api":"buildEsQuery","dateFormatTZ":"Zulu"}',
      '@timestamp: "2024-01-01"',
    ]);
    expect(JSON.parse(dated.stdout)).toStrictEqual({
      bool: {
        must: [],
        filter: [
          {
            bool: {
              should: [
                {
                  range: {
                    '@timestamp': { gte: '2024-01-01', lte: '2024-01-01', time_zone: 'Zulu' },
                  },
                },
              ],
              minimum_should_match: 1,
            },
          },
        ],
        should: [],
        must_not: [],
      },
    });
  });

  it('reads --fields from a file and joins unquoted words into one query', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kql-cli-'));
    writeFileSync(join(dir, 'fields.json'), '{"user.name":"keyword"}');
    const result = await run(['--fields', '@fields.json', 'user.name:', 'alice'], '', dir);
    expect(result.code).toBe(EXIT_OK);
    expect(JSON.parse(result.stdout).bool.should[0]).toStrictEqual({
      term: { 'user.name': { value: 'alice' } },
    });
  });

  it('reports a syntax error on stderr with exit 1', async () => {
    const result = await run(['response:200 or ']);
    expect(result.code).toBe(EXIT_PROBLEMS);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'Expected "(", NOT, field name, value but end of input found.\nresponse:200 or \n----------------^\n',
    );
  });

  it('reports nested-field misuse with exit 1', async () => {
    const fields = JSON.stringify({ 'a.b': { type: 'keyword', nested: 'a' } });
    const result = await run(['--fields', fields, 'a.b: x']);
    expect(result.code).toBe(EXIT_PROBLEMS);
    expect(result.stderr).toContain('a.b is a nested field, but is not in a nested group');
  });

  it('rejects bad usage with exit 2', async () => {
    expect((await run([])).code).toBe(EXIT_USAGE);
    expect((await run(['--fields', '{not json', 'a:b'])).code).toBe(EXIT_USAGE);
    expect((await run(['--fields', '{"a": 1}', 'a:b'])).code).toBe(EXIT_USAGE);
    expect((await run(['--options', '{"api":"nope"}', 'a:b'])).code).toBe(EXIT_USAGE);
    expect((await run(['--bogus', 'a:b'])).code).toBe(EXIT_USAGE);
    expect((await run(['--batch', 'a:b'])).code).toBe(EXIT_USAGE);
  });

  it('translates a batch, one output line per input line', async () => {
    const input = [
      JSON.stringify({ kql: 'a:b' }),
      '',
      JSON.stringify({ kql: 'k: v', fields: { k: 'keyword' }, options: { caseInsensitive: true } }),
      JSON.stringify({ kql: 'a:*b', options: { api: 'buildEsQuery' } }),
      'not json',
      JSON.stringify({ query: 'a:b' }),
      JSON.stringify({ kql: 'foo:"ba ' }),
    ].join('\n');
    const result = await run(['--batch'], `${input}\n`);
    expect(result.code).toBe(EXIT_OK);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toStrictEqual({
      dsl: { bool: { should: [{ match: { a: 'b' } }], minimum_should_match: 1 } },
    });
    expect(lines[1]).toStrictEqual({
      dsl: {
        bool: {
          should: [{ term: { k: { value: 'v', case_insensitive: true } } }],
          minimum_should_match: 1,
        },
      },
    });
    expect(lines[2].error).toMatch(/^Leading wildcards are disabled/);
    expect(lines[3].error).toMatch(/^invalid JSON/);
    expect(lines[4].error).toMatch(/^invalid request/);
    expect(lines[5].error).toMatch(/^Expected "\(", "\{", value, whitespace but """ found\./);
  });
});
