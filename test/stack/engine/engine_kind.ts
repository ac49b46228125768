// Which embedded search engine runs under the stack, the sandbox and the tests: Elasticsearch 8.19 (the default)
// or OpenSearch 2.19, chosen with `--engine` or the SSM_RECON_ENGINE environment variable.
import path from 'node:path';

export const ENGINE_KINDS = ['elasticsearch', 'opensearch'] as const;
export type EngineKind = (typeof ENGINE_KINDS)[number];

export const DEFAULT_ENGINE: EngineKind = 'elasticsearch';
/** The environment variable that picks the engine where no command line does (Jest, benchmarks). */
export const ENGINE_ENV = 'SSM_RECON_ENGINE';

/** How each engine is built and recognised; everything else about starting it is shared. */
export interface EngineSpec {
  kind: EngineKind;
  /** Human name in progress lines and errors. */
  label: string;
  /** The version the pom pins (what `GET /` answers). */
  version: string;
  /** The Maven project that builds the node. */
  projectDir: string;
  mainClass: string;
  /** The Java main prints `<prefix><port>` on stdout once HTTP is bound. */
  portLinePrefix: string;
  /** A folder of the local Maven repository that exists once the engine's jars were fetched. */
  localRepoProbe: readonly string[];
  /** Rough download size of a first build, for the progress line. */
  downloadMb: number;
}

const STACK_DIR = path.resolve(__dirname, '..');

export const ENGINES: Readonly<Record<EngineKind, EngineSpec>> = {
  elasticsearch: {
    kind: 'elasticsearch',
    label: 'Elasticsearch',
    version: '8.19.0',
    projectDir: path.join(STACK_DIR, 'elasticsearch'),
    mainClass: 'ssmrecon.stack.EmbeddedElasticsearch',
    portLinePrefix: 'ELASTICSEARCH_HTTP_PORT=',
    localRepoProbe: ['org', 'elasticsearch', 'elasticsearch', '8.19.0'],
    downloadMb: 55,
  },
  opensearch: {
    kind: 'opensearch',
    label: 'OpenSearch',
    version: '2.19.6',
    projectDir: path.join(STACK_DIR, 'opensearch'),
    mainClass: 'ssmrecon.stack.EmbeddedOpenSearch',
    portLinePrefix: 'OPENSEARCH_HTTP_PORT=',
    localRepoProbe: ['org', 'opensearch', 'opensearch', '2.19.6'],
    downloadMb: 90,
  },
};

export function isEngineKind(value: string): value is EngineKind {
  return (ENGINE_KINDS as readonly string[]).includes(value);
}

/** Parses an engine name; `source` names the flag or variable in the error. */
export function parseEngineKind(value: string, source: string): EngineKind {
  const normalised = value.trim().toLowerCase();
  if (!isEngineKind(normalised)) {
    throw new Error(`${source} must be one of ${ENGINE_KINDS.join(', ')} (got '${value}')`);
  }
  return normalised;
}

/** The engine SSM_RECON_ENGINE names, or the default when it is unset or empty. */
export function engineFromEnv(env: NodeJS.ProcessEnv): EngineKind {
  const value = env[ENGINE_ENV];
  return value ? parseEngineKind(value, ENGINE_ENV) : DEFAULT_ENGINE;
}

/** The engine that is not `kind`: the one the engine-sensitive suites also run on. */
export function otherEngine(kind: EngineKind): EngineKind {
  return kind === 'elasticsearch' ? 'opensearch' : 'elasticsearch';
}
