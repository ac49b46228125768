// `alerts --set-status`: usage problems are one line and exit 2, before any request; the help documents it.
import { PassThrough } from 'node:stream';
import { main } from '../main';
import { EXIT_USAGE, type CliIo } from '../command';
import { alertsCommand } from './alerts';
import { wantsTriage } from './alerts_triage';

async function run(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const err: string[] = [];
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  const io: CliIo = {
    stdout,
    stderr,
    stdin: new PassThrough(),
    // Nothing listens here: a request would fail with a connection error, not a usage one.
    env: { KIBANA_URL: 'http://127.0.0.1:9', ELASTIC_USERNAME: 'u', ELASTIC_PASSWORD: 'p' },
    cwd: process.cwd(),
  };
  const code = await main(args, io);
  return { code, stderr: err.join('') };
}

describe('alerts --set-status', () => {
  it('is chosen by --set-status only', () => {
    expect(wantsTriage(['--set-status', 'closed', '--id', 'a'])).toBe(true);
    expect(wantsTriage(['--set-status=closed'])).toBe(true);
    expect(wantsTriage(['--range', '7d'])).toBe(false);
  });

  it.each([
    [['--set-status', 'resolved', '--id', 'a'], /--set-status: expected .*"resolved"/],
    [['--set-status', 'closed'], /--id: expected between 1 and 100 alert ids/],
    [['--set-status', 'closed', '--id', ' '], /--id\.0: expected a non-empty alert id/],
  ])('%j is a usage error naming the option', async (args, message) => {
    const result = await run(['alerts', ...args]);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it('refuses the summary’s options with triage', async () => {
    const result = await run(['alerts', '--set-status', 'closed', '--id', 'a', '--range', '7d']);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toMatch(/--range/);
  });

  it('documents triage in the command’s help', () => {
    expect(alertsCommand.usage).toMatch(/alerts --set-status open\|acknowledged\|closed --id/);
    expect(alertsCommand.usage).toMatch(/at most 100/);
  });
});
