// Command-line options of `npm start` (the sandbox): data size, where its cache lives, the host's port.
import path from 'node:path';
import { DEFAULT_ENGINE } from '../../test/stack/engine/engine_kind';
import { DATA_OPTION_SPEC, dataOptions, type DataOptions } from '../../test/stack/cli/data_options';
import { OptionUsageError, parseOptions, wholeNumber } from '../../test/stack/cli/option_values';

export interface SandboxOptions extends DataOptions {
  /** Engine data and the marker of what it holds; kept between runs. */
  cacheDir: string;
  /** Port of the standalone host (0: any free one). */
  port: number;
  /** Throw the cached data away and generate it again. */
  fresh: boolean;
}

export const DEFAULT_SANDBOX_PORT = 5602;

export function defaultSandboxOptions(cwd: string): SandboxOptions {
  return {
    engine: DEFAULT_ENGINE,
    days: 14,
    eventsPerDay: 2_000,
    seed: 'ssm-recon',
    cacheDir: path.join(cwd, '.cache', 'sandbox'),
    port: DEFAULT_SANDBOX_PORT,
    scheduleSeconds: 30,
    fresh: false,
    help: false,
  };
}

export const SANDBOX_USAGE = `Usage: npm start -- [options]

Runs the whole product locally against generated data: the embedded search engine, the emulated Kibana
Detection Engine (enabled rules run every ${defaultSandboxOptions('.').scheduleSeconds} s), CloudTrail history with planted first-time
SSM inventory reconnaissance, live events, and the standalone host with the panel. Ctrl-C stops everything.
A second start reuses the built panel and the loaded data while they are still valid.

Options:
  --engine NAME         elasticsearch (default; Elasticsearch 8.19) or opensearch (OpenSearch 2.19)
  --days N              days of history (default 14)
  --events-per-day N    background events per day (default 2000)
  --seed TEXT           generator seed (default ssm-recon)
  --port N              port of the panel (default ${DEFAULT_SANDBOX_PORT}; 0 picks a free one)
  --schedule-seconds N  run enabled rules every N seconds (default 30)
  --cache-dir DIR       where the engine data is kept, one folder per engine (default .cache/sandbox)
  --fresh               discard the cached data and generate it again
  --heap SIZE           search engine heap, e.g. 1g
  -h, --help            this text`;

export function parseSandboxArgs(argv: readonly string[], cwd: string): SandboxOptions {
  const defaults = defaultSandboxOptions(cwd);
  const values = parseOptions(argv, {
    ...DATA_OPTION_SPEC,
    port: { type: 'string' },
    'cache-dir': { type: 'string' },
    fresh: { type: 'boolean' },
  });
  const port = wholeNumber('--port', values.port, defaults.port, 0);
  if (port > 65_535) throw new OptionUsageError(`--port must be a port number, got ${port}`);
  return {
    ...dataOptions(values, defaults),
    cacheDir: values['cache-dir'] ? path.resolve(cwd, values['cache-dir']) : defaults.cacheDir,
    port,
    fresh: values.fresh ?? false,
  };
}
