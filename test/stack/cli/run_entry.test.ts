// Unit tests for the shared life cycle of `npm start` and `npm run stack`: exit codes and what each path prints.
import type { StopSignals } from './stop_signals';
import { runEntry, type EntryIo, type LongRunningEntry } from './run_entry';
import { OptionUsageError } from './option_values';

interface FakeOptions {
  help: boolean;
}

interface FakeStarted {
  url: string;
  stop(): Promise<void>;
}

/** Captured stderr and stdout, and a stop that the test requests by hand. */
function fakeIo(): EntryIo & {
  stderr: string[];
  out: string[];
  requestStop(): void;
  disposed(): boolean;
} {
  const controller = new AbortController();
  let resolveRequested: (name: NodeJS.Signals) => void = () => undefined;
  const requested = new Promise<NodeJS.Signals>((resolve) => (resolveRequested = resolve));
  let disposed = false;
  const stderr: string[] = [];
  const out: string[] = [];
  const signals: StopSignals = {
    signal: controller.signal,
    requested,
    dispose: () => {
      disposed = true;
    },
  };
  return {
    stderr,
    out,
    log: (line) => {
      stderr.push(line);
    },
    stdout: (text) => {
      out.push(text);
    },
    listen: () => signals,
    requestStop: () => {
      const reason = new Error('stopped by SIGINT');
      reason.name = 'AbortError';
      controller.abort(reason);
      resolveRequested('SIGINT');
    },
    disposed: () => disposed,
  };
}

function fakeEntry(
  start: LongRunningEntry<FakeOptions, FakeStarted>['start'],
  extra: Partial<LongRunningEntry<FakeOptions, FakeStarted>> = {},
): LongRunningEntry<FakeOptions, FakeStarted> {
  return {
    label: 'demo',
    usage: 'Usage: demo [--help]',
    parse: (argv) => {
      if (argv.includes('--bad')) throw new OptionUsageError('unknown option --bad');
      if (argv.includes('--broken')) throw new TypeError('parser bug');
      return { help: argv.includes('--help') };
    },
    start,
    readyOutput: (started) => [`URL=${started.url}`, 'READY'],
    ...extra,
  };
}

const neverStarts = (): Promise<FakeStarted> => Promise.reject(new Error('must not start'));

describe('runEntry', () => {
  it.each([
    {
      what: 'a bad command line: the message and the usage on stderr, exit code 2',
      argv: ['--bad'],
      code: 2,
      stderr: ['unknown option --bad\n\nUsage: demo [--help]'],
      out: [],
    },
    {
      what: '--help: the usage on stdout, exit code 0',
      argv: ['--help'],
      code: 0,
      stderr: [],
      out: ['Usage: demo [--help]\n'],
    },
  ])('answers $what, and starts nothing', async ({ argv, code, stderr, out }) => {
    const io = fakeIo();
    await expect(runEntry(fakeEntry(neverStarts), argv, io)).resolves.toBe(code);
    expect(io.stderr).toEqual(stderr);
    expect(io.out).toEqual(out);
  });

  it('lets an unexpected parse error through', async () => {
    await expect(runEntry(fakeEntry(neverStarts), ['--broken'], fakeIo())).rejects.toThrow(
      'parser bug',
    );
  });

  it('announces readiness, waits for the stop request, stops what it started, exit code 0', async () => {
    const io = fakeIo();
    const stop = jest.fn(() => Promise.resolve());
    let seenSignal: AbortSignal | undefined;
    const entry = fakeEntry(
      async (_options, log, signal) => {
        seenSignal = signal;
        log('[demo] starting');
        return { url: 'http://127.0.0.1:1', stop };
      },
      {
        readyDetail: (started) => ` (at ${started.url})`,
        stoppedNote: '; the data is kept',
      },
    );
    const running = runEntry(entry, [], io);
    await new Promise((resolve) => setImmediate(resolve));
    expect(io.out).toEqual(['URL=http://127.0.0.1:1\nREADY\n']);
    expect(io.stderr[1]).toMatch(
      /^\[demo\] ready in \d+\.\d s \(at http:\/\/127\.0\.0\.1:1\); Ctrl-C stops it$/,
    );
    expect(stop).not.toHaveBeenCalled();

    io.requestStop();
    await expect(running).resolves.toBe(0);
    expect(seenSignal?.aborted).toBe(true);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(io.stderr.at(-1)).toBe('[demo] stopped; the data is kept');
    expect(io.disposed()).toBe(true);
  });

  it('treats a stop while starting as an orderly end, exit code 0', async () => {
    const io = fakeIo();
    const entry = fakeEntry(
      (_options, _log, signal) =>
        new Promise<FakeStarted>((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(signal.reason)),
        ),
    );
    const running = runEntry(entry, [], io);
    io.requestStop();
    await expect(running).resolves.toBe(0);
    expect(io.stderr).toEqual(['[demo] stopped before it was ready']);
    expect(io.out).toEqual([]);
    expect(io.disposed()).toBe(true);
  });

  it('reports a failure to start by its message, exit code 1', async () => {
    const io = fakeIo();
    const entry = fakeEntry(() => Promise.reject(new Error('port 5602 is in use')));
    await expect(runEntry(entry, [], io)).resolves.toBe(1);
    expect(io.stderr).toEqual(['[demo] failed: port 5602 is in use']);
    expect(io.disposed()).toBe(true);
  });

  it('reports the stack of a failure when the entry asks for it', async () => {
    const io = fakeIo();
    const failure = new Error('engine did not start');
    const entry = fakeEntry(() => Promise.reject(failure), { failureStack: true });
    await expect(runEntry(entry, [], io)).resolves.toBe(1);
    expect(io.stderr).toEqual([`[demo] failed: ${failure.stack}`]);
    expect(io.stderr[0]).toMatch(/\n\s+at /);
  });
});
