// The options `npm start` and `npm run stack` share: which search engine, how much CloudTrail history to generate,
// how often the emulated Detection Engine runs enabled rules, the search engine's heap, and --help.
import { DEFAULT_ENGINE, type EngineKind } from '../engine/engine_kind';
import { engineKind, heapSize, nonEmpty, positiveNumber, wholeNumber } from './option_values';

export const DATA_OPTION_SPEC = {
  days: { type: 'string' },
  'events-per-day': { type: 'string' },
  seed: { type: 'string' },
  'schedule-seconds': { type: 'string' },
  heap: { type: 'string' },
  engine: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface DataOptions {
  /** Days of generated history; the rule's history window is 10 days. */
  days: number;
  /** Background events per day of history (planted scenarios and automation come on top). */
  eventsPerDay: number;
  /** Seed of the generator: the same seed and sizes give the same documents. */
  seed: string;
  /** How often the emulated Detection Engine runs enabled rules, in seconds. */
  scheduleSeconds: number;
  /** JVM heap of the search engine, e.g. "1g"; undefined keeps the launcher's default. */
  heap?: string;
  /** Which embedded search engine runs underneath. */
  engine: EngineKind;
  help: boolean;
}

export interface DataOptionValues {
  days?: string;
  'events-per-day'?: string;
  seed?: string;
  'schedule-seconds'?: string;
  heap?: string;
  engine?: string;
  help?: boolean;
}

/** The shared options from parsed values, checked, with `defaults` for those not given. */
export function dataOptions(
  values: DataOptionValues,
  defaults: Pick<DataOptions, 'days' | 'eventsPerDay' | 'seed' | 'scheduleSeconds'>,
): DataOptions {
  const heap = heapSize(values.heap);
  return {
    days: wholeNumber('--days', values.days, defaults.days, 1),
    eventsPerDay: wholeNumber(
      '--events-per-day',
      values['events-per-day'],
      defaults.eventsPerDay,
      0,
    ),
    seed: nonEmpty('--seed', values.seed, defaults.seed),
    scheduleSeconds: positiveNumber(
      '--schedule-seconds',
      values['schedule-seconds'],
      defaults.scheduleSeconds,
    ),
    ...(heap !== undefined ? { heap } : {}),
    engine: engineKind(values.engine, DEFAULT_ENGINE),
    help: values.help ?? false,
  };
}
