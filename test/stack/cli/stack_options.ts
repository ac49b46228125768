// Command-line options of `npm run stack`: how much CloudTrail history to generate and how the running stack behaves.
import { heapSize, nonEmpty, parseOptions, positiveNumber, wholeNumber } from './option_values';

export interface StackOptions {
  /** Days of generated history; the rule's history window is 10 days. */
  days: number;
  /** Background events per day of history (planted scenarios and automation come on top). */
  eventsPerDay: number;
  /** False for an empty cluster: templates only, no documents, no live trickle. */
  data: boolean;
  /** Seed of the generator: the same seed and sizes give the same documents. */
  seed: string;
  /** How often the emulated Detection Engine runs enabled rules, in seconds. */
  scheduleSeconds: number;
  /** Live background events per second after the initial load. */
  trickleEventsPerSecond: number;
  /** A brand-new reconnaissance user roughly this often while running. */
  reconEveryMinutes: number;
  /** JVM heap of the search engine, e.g. "1g"; undefined keeps the launcher's default. */
  heap?: string;
  help: boolean;
}

export const DEFAULT_STACK_OPTIONS: StackOptions = {
  days: 14,
  eventsPerDay: 20_000,
  data: true,
  seed: 'ssm-recon',
  scheduleSeconds: 30,
  trickleEventsPerSecond: 5,
  reconEveryMinutes: 3,
  help: false,
};

export const STACK_USAGE = `Usage: npm run stack -- [options]

Starts the embedded search engine, its Elasticsearch compatibility proxy and the emulated Kibana Detection
Engine, loads generated CloudTrail data with planted reconnaissance, keeps ingesting live events, and prints
OPENSEARCH_URL=, ELASTICSEARCH_URL=, KIBANA_URL= and READY on stdout. Runs until Ctrl-C or SIGTERM.

Options:
  --days N                      days of history (default ${DEFAULT_STACK_OPTIONS.days})
  --events-per-day N            background events per day (default ${DEFAULT_STACK_OPTIONS.eventsPerDay})
  --no-data                     an empty cluster: no documents, no live events
  --seed TEXT                   generator seed (default ${DEFAULT_STACK_OPTIONS.seed})
  --schedule-seconds N          run enabled rules every N seconds (default ${DEFAULT_STACK_OPTIONS.scheduleSeconds})
  --trickle-events-per-second N live background events per second (default ${DEFAULT_STACK_OPTIONS.trickleEventsPerSecond})
  --recon-every-minutes N       a new reconnaissance user every N minutes (default ${DEFAULT_STACK_OPTIONS.reconEveryMinutes})
  --heap SIZE                   search engine heap, e.g. 512m or 1g
  -h, --help                    this text

Demo users (basic auth, password changeme): elastic (everything), analyst (read only),
nologs (may write rules; its key cannot read the logs).`;

export function parseStackArgs(argv: readonly string[]): StackOptions {
  const values = parseOptions(argv, {
    days: { type: 'string' },
    'events-per-day': { type: 'string' },
    'no-data': { type: 'boolean' },
    seed: { type: 'string' },
    'schedule-seconds': { type: 'string' },
    'trickle-events-per-second': { type: 'string' },
    'recon-every-minutes': { type: 'string' },
    heap: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const defaults = DEFAULT_STACK_OPTIONS;
  const heap = heapSize(values.heap);
  return {
    days: wholeNumber('--days', values.days, defaults.days, 1),
    eventsPerDay: wholeNumber(
      '--events-per-day',
      values['events-per-day'],
      defaults.eventsPerDay,
      0,
    ),
    data: !values['no-data'],
    seed: nonEmpty('--seed', values.seed, defaults.seed),
    scheduleSeconds: positiveNumber(
      '--schedule-seconds',
      values['schedule-seconds'],
      defaults.scheduleSeconds,
    ),
    trickleEventsPerSecond: positiveNumber(
      '--trickle-events-per-second',
      values['trickle-events-per-second'],
      defaults.trickleEventsPerSecond,
    ),
    reconEveryMinutes: positiveNumber(
      '--recon-every-minutes',
      values['recon-every-minutes'],
      defaults.reconEveryMinutes,
    ),
    ...(heap !== undefined ? { heap } : {}),
    help: values.help ?? false,
  };
}
