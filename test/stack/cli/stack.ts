// `npm run stack`: the whole test stack with generated data, for manual tests, demos and other tools. Prints the
// URLs on stdout, then READY; progress goes to stderr; Ctrl-C or SIGTERM stops everything it started.
import { DEFAULT_GENERATOR_OPTIONS } from '../data/generator_options';
import type { Logger } from '../engine/maven_build';
import { isAbort } from './abortable';
import { installTemplates, loadGeneratedData } from './generated_data';
import type { DataStep } from './start_stack';
import { startStack } from './start_stack';
import { parseStackArgs, STACK_USAGE, StackUsageError, type StackOptions } from './stack_options';
import { listenForStop } from './stop_signals';
import { stackLines } from './stack_lines';
import { trickleOptionsFor } from './trickle_options';

const log: Logger = (line) => process.stderr.write(`${line}\n`);

/** The data step of `npm run stack`: fresh generated history ending now, or just the templates. */
export function generatedDataStep(options: StackOptions, log: Logger): DataStep {
  return async (client, signal) => {
    if (!options.data) {
      await installTemplates(client, DEFAULT_GENERATOR_OPTIONS.namespace);
      log('[data] --no-data: templates only, no documents, no live events');
      return { trickle: null };
    }
    const loaded = await loadGeneratedData(
      client,
      {
        seed: options.seed,
        days: options.days,
        eventsPerDay: options.eventsPerDay,
        now: Date.now(),
      },
      log,
      signal,
    );
    return {
      trickle: {
        options: trickleOptionsFor(loaded.options, {
          eventsPerSecond: options.trickleEventsPerSecond,
          reconEveryMinutes: options.reconEveryMinutes,
        }),
        fromMs: loaded.options.nowMs,
      },
    };
  };
}

async function main(argv: readonly string[]): Promise<number> {
  let options: StackOptions;
  try {
    options = parseStackArgs(argv);
  } catch (error) {
    if (!(error instanceof StackUsageError)) throw error;
    log(`${error.message}\n\n${STACK_USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${STACK_USAGE}\n`);
    return 0;
  }

  const stop = listenForStop(log);
  const began = Date.now();
  try {
    const stack = await startStack({
      engine: { ...(options.heap ? { heap: options.heap } : {}) },
      data: generatedDataStep(options, log),
      scheduleMs: options.scheduleSeconds * 1000,
      log,
      signal: stop.signal,
    });
    log(`[stack] ready in ${((Date.now() - began) / 1000).toFixed(1)} s; Ctrl-C stops it`);
    process.stdout.write(stackLines(stack).join('\n') + '\n');
    await stop.requested;
    await stack.stop();
    log('[stack] stopped');
    return 0;
  } catch (error) {
    if (isAbort(error, stop.signal)) {
      log('[stack] stopped before it was ready');
      return 0;
    }
    log(
      `[stack] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 1;
  } finally {
    stop.dispose();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      log(String(error));
      process.exit(1);
    },
  );
}
