// Hostile command lines for every CLI command, run in process: wrong types, unknown and repeated options,
// out-of-range numbers, unicode and control characters, prototype keys. Every run ends with exit 0, 1 or 2,
// never a throw or a stack trace, and an exit 2 says why in one line.
import { PassThrough, Readable } from 'node:stream';
import fc from 'fast-check';
import type { CliIo } from './command';
import { commands } from './commands';
import { main } from './main';

const RUNS = 1_000;

/** Options of any command and values of every shape; no cluster URL, so nothing leaves the process. */
const ARG = fc.oneof(
  fc.constantFrom(
    '--json',
    '--verbose',
    '--enable',
    '--overwrite',
    '--dry-run',
    '--range',
    '--fail-on',
    '--source',
    '--fields',
    '--options',
    '--batch',
    '--timeout',
    '--space',
    '--rule',
    '--api-key',
    '--username',
    '--password',
    '--port',
    '--host',
    '--access-token',
    '--allowed-hosts',
    '--enabled',
    '-x',
    '--',
    '-',
    '24h',
    '1y',
    'warn',
    'bundled',
    '-1',
    '0',
    '1e309',
    'NaN',
    '99999999999999999999',
    '__proto__',
    'constructor',
    '{"a":',
    '[]',
    '{"__proto__":{"x":1}}',
    'not:',
    'a and (',
    '*',
    '\u0000',
    '\u202e',
    '😀',
    'x'.repeat(10_000),
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

function io(): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return {
    io: { stdout, stderr, stdin: Readable.from([]), env: {}, cwd: process.cwd() },
    out: () => out,
    err: () => err,
  };
}

const counts: Record<string, number> = {};
afterAll(() => {
  process.stdout.write(
    `hostile command lines per command:\n${Object.entries(counts)
      .map(([name, n]) => `  ${name}: ${n}`)
      .join('\n')}\n`,
  );
});

describe.each(commands.map((command) => command.name))('ssm-recon-rule %s', (name) => {
  it('ends with 0, 1 or 2 and a clean message, whatever the arguments', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(ARG, { maxLength: 6 }), async (args) => {
        counts[name] = (counts[name] ?? 0) + 1;
        const run = io();
        const code = await main([name, ...args], run.io);
        await new Promise((resolve) => setImmediate(resolve));
        expect([0, 1, 2]).toContain(code);
        expect(run.err()).not.toMatch(/\n\s+at .+:\d+|node:internal/);
        if (code === 2) expect(run.err().trim().split('\n')).toHaveLength(1);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
