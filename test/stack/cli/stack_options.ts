// Command-line options of `npm run stack`: how much CloudTrail history to generate and how the running stack behaves.
import { DATA_OPTION_SPEC, dataOptions, type DataOptions } from './data_options';
import { parseOptions, positiveNumber } from './option_values';
import { DEFAULT_ENGINE } from '../engine/engine_kind';

export interface StackOptions extends DataOptions {
  /** False for an empty cluster: templates only, no documents, no live trickle. */
  data: boolean;
  /** Live background events per second after the initial load. */
  trickleEventsPerSecond: number;
  /** A brand-new reconnaissance user roughly this often while running. */
  reconEveryMinutes: number;
}

export const DEFAULT_STACK_OPTIONS: StackOptions = {
  engine: DEFAULT_ENGINE,
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
ENGINE=, ENGINE_URL=, ELASTICSEARCH_URL=, KIBANA_URL= (and OPENSEARCH_URL= for OpenSearch) and READY on stdout.
Runs until Ctrl-C or SIGTERM.

Options:
  --engine NAME                 elasticsearch (default; Elasticsearch 8.19) or opensearch (OpenSearch 2.19)
  --days N                      days of history (default ${DEFAULT_STACK_OPTIONS.days})
  --events-per-day N            background events per day (default ${DEFAULT_STACK_OPTIONS.eventsPerDay})
  --no-data                     an empty cluster: no documents, no live events
  --seed TEXT                   generator seed (default ${DEFAULT_STACK_OPTIONS.seed})
  --schedule-seconds N          run enabled rules every N seconds (default ${DEFAULT_STACK_OPTIONS.scheduleSeconds})
  --trickle-events-per-second N live background events per second (default ${DEFAULT_STACK_OPTIONS.trickleEventsPerSecond})
  --recon-every-minutes N       a new reconnaissance user every N minutes (default ${DEFAULT_STACK_OPTIONS.reconEveryMinutes})
  --heap SIZE                   search engine heap, e.g. 512m or 1g
  -h, --help                    this text

Demo users (basic auth, password changeme): elastic (everything), analyst (reads, triages alerts),
viewer (read only), nologs (may write rules; its key cannot read the logs).`;

export function parseStackArgs(argv: readonly string[]): StackOptions {
  const values = parseOptions(argv, {
    ...DATA_OPTION_SPEC,
    'no-data': { type: 'boolean' },
    'trickle-events-per-second': { type: 'string' },
    'recon-every-minutes': { type: 'string' },
  });
  const defaults = DEFAULT_STACK_OPTIONS;
  return {
    ...dataOptions(values, defaults),
    data: !values['no-data'],
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
  };
}
