// `npm run stack`: the whole test stack with generated data, for manual tests, demos and other tools. Prints the
// URLs on stdout, then READY; progress goes to stderr; Ctrl-C or SIGTERM stops everything it started.
import { DEFAULT_GENERATOR_OPTIONS } from '../data/generator_options';
import type { Logger } from '../engine/maven_build';
import { installTemplates, loadGeneratedData } from './generated_data';
import { runAsMain, type LongRunningEntry } from './run_entry';
import type { DataStep, RunningStack } from './start_stack';
import { startStack } from './start_stack';
import { parseStackArgs, STACK_USAGE, type StackOptions } from './stack_options';
import { stackLines } from './stack_lines';
import { trickleOptionsFor } from './trickle_options';

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

/** `npm run stack`: the stack with generated data; its URLs on stdout, then READY. */
export const STACK_ENTRY: LongRunningEntry<StackOptions, RunningStack> = {
  label: 'stack',
  usage: STACK_USAGE,
  parse: parseStackArgs,
  start: (options, log, signal) =>
    startStack({
      engine: { kind: options.engine, ...(options.heap ? { heap: options.heap } : {}) },
      data: generatedDataStep(options, log),
      scheduleMs: options.scheduleSeconds * 1000,
      log,
      signal,
    }),
  readyOutput: stackLines,
  failureStack: true,
};

if (require.main === module) runAsMain(STACK_ENTRY);
