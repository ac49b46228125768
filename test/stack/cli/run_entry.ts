// Runs a long-lived command-line entry (`npm start`, `npm run stack`): usage errors and --help, a start that a
// signal can abort, one ready announcement, then an orderly stop on SIGINT or SIGTERM; resolves with the exit code.
import type { Logger } from '../engine/maven_build';
import { isAbort } from './abortable';
import { OptionUsageError } from './option_values';
import { listenForStop, type StopSignals } from './stop_signals';

/** Exit code of a bad command line (after the usage text on stderr). */
export const USAGE_EXIT_CODE = 2;

/** What an entry starts: stopped in an orderly way on the first signal. */
export interface Stoppable {
  stop(): Promise<void>;
}

export interface LongRunningEntry<Options extends { help: boolean }, Started extends Stoppable> {
  /** The log prefix: `stack` gives "[stack] stopped". */
  label: string;
  usage: string;
  /** Throws an OptionUsageError for a bad command line. */
  parse(argv: readonly string[]): Options;
  start(options: Options, log: Logger, signal: AbortSignal): Promise<Started>;
  /** What follows "ready in N s" on stderr, e.g. where the parts listen. */
  readyDetail?(started: Started): string;
  /** The lines stdout gets once ready. */
  readyOutput(started: Started): readonly string[];
  /** What follows "stopped" on stderr after an orderly stop. */
  stoppedNote?: string;
  /** Print a failure's stack rather than only its message. */
  failureStack?: boolean;
}

export interface EntryIo {
  log: Logger;
  stdout(text: string): void;
  listen(log: Logger, label: string): StopSignals;
}

export const PROCESS_IO: EntryIo = {
  log: (line) => {
    process.stderr.write(`${line}\n`);
  },
  stdout: (text) => {
    process.stdout.write(text);
  },
  listen: (log, label) => listenForStop(log, label),
};

export async function runEntry<Options extends { help: boolean }, Started extends Stoppable>(
  entry: LongRunningEntry<Options, Started>,
  argv: readonly string[],
  io: EntryIo = PROCESS_IO,
): Promise<number> {
  const { log } = io;
  let options: Options;
  try {
    options = entry.parse(argv);
  } catch (error) {
    if (!(error instanceof OptionUsageError)) throw error;
    log(`${error.message}\n\n${entry.usage}`);
    return USAGE_EXIT_CODE;
  }
  if (options.help) {
    io.stdout(`${entry.usage}\n`);
    return 0;
  }

  const label = `[${entry.label}]`;
  const stop = io.listen(log, entry.label);
  const began = Date.now();
  try {
    const started = await entry.start(options, log, stop.signal);
    log(
      `${label} ready in ${((Date.now() - began) / 1000).toFixed(1)} s` +
        `${entry.readyDetail?.(started) ?? ''}; Ctrl-C stops it`,
    );
    io.stdout(entry.readyOutput(started).join('\n') + '\n');
    await stop.requested;
    await started.stop();
    log(`${label} stopped${entry.stoppedNote ?? ''}`);
    return 0;
  } catch (error) {
    if (isAbort(error, stop.signal)) {
      log(`${label} stopped before it was ready`);
      return 0;
    }
    log(`${label} failed: ${describeFailure(error, entry.failureStack === true)}`);
    return 1;
  } finally {
    stop.dispose();
  }
}

/** `runEntry` as the process: exits with its code, or 1 after printing what it threw. */
export function runAsMain<Options extends { help: boolean }, Started extends Stoppable>(
  entry: LongRunningEntry<Options, Started>,
): void {
  runEntry(entry, process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      PROCESS_IO.log(String(error));
      process.exit(1);
    },
  );
}

function describeFailure(error: unknown, withStack: boolean): string {
  if (!(error instanceof Error)) return String(error);
  return withStack ? (error.stack ?? error.message) : error.message;
}
