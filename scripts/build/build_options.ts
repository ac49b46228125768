// Command-line options of the archive build: which Kibana version to stamp and where to write the archive.
import path from 'node:path';
import { DEFAULT_KIBANA_VERSION } from './kibana_version';

export interface BuildOptions {
  kibanaVersion: string;
  /** Directory that receives `<pluginId>-<kibanaVersion>.zip`. */
  outDir: string;
  quiet: boolean;
}

const EXACT_VERSION = /^\d+\.\d+\.\d+$/;

export const BUILD_USAGE =
  'Usage: npm run build -- [--kibana-version <major.minor.patch>] [--out-dir <dir>] [--quiet]';

/** Parses argv (without node and script); throws with a message fit for the terminal. */
export function parseBuildOptions(argv: readonly string[], root: string): BuildOptions {
  let kibanaVersion = DEFAULT_KIBANA_VERSION;
  let outDir = path.join(root, 'build');
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string => {
      const given = inline ?? argv[++i];
      if (given === undefined || given.startsWith('--')) throw new Error(`${name} needs a value`);
      return given;
    };
    switch (name) {
      case '--kibana-version':
        kibanaVersion = value();
        break;
      case '--out-dir':
        outDir = path.resolve(root, value());
        break;
      case '--quiet':
        quiet = true;
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  // Kibana installs and starts a plugin only when kibanaVersion equals its own version exactly.
  if (!EXACT_VERSION.test(kibanaVersion)) {
    throw new Error(
      `--kibana-version must be an exact version such as 9.2.1, got "${kibanaVersion}"`,
    );
  }
  return { kibanaVersion, outDir, quiet };
}
