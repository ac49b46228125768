// The whole test stack for one test file that drives the CLI or `ssm-recon-rule serve` as a user would:
// its own namespace of generated data, the bundled rule narrowed to it in a TOML file, the Detection Engine
// emulator, and `serve` processes on request — all taken down by one stop().
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServeProcess, type ServeProcess } from '../browser/serve_process';
import type { EmulatorOptions } from '../../stack/kibana';
import { startEmulatorFixture, type EmulatorFixture } from './emulator_fixture';
import {
  loadNamespacedData,
  type NamespacedData,
  type NamespacedDataOptions,
} from './namespaced_data';
import { writeNarrowedRule, type NarrowedRuleOptions } from './narrowed_rule';

export interface NamespacedStackOptions {
  /** Private to the test file: data streams, index patterns and the temporary directory are named after it. */
  namespace: string;
  data: NamespacedDataOptions;
  rule?: NarrowedRuleOptions;
  /** Default: an offline cluster (`prebuiltPackage: 'empty'`), so deploying creates the custom copy. */
  emulator?: Omit<EmulatorOptions, 'esClient'>;
}

export interface NamespacedStack extends EmulatorFixture {
  data: NamespacedData;
  /** The narrowed rule, for `--rule`. */
  ruleFile: string;
  /** A private temporary directory (holds the rule file), removed by stop(). */
  dir: string;
  /** `ssm-recon-rule serve` on a free port against this stack in `space`, with the narrowed rule; API only unless `extraArgs` name a `--ui-dir`. */
  serve(space: string, extraArgs?: readonly string[]): Promise<ServeProcess>;
  /** Stops the serve processes, deletes the data, stops the emulator, removes the directory. */
  stop(): Promise<void>;
}

export async function startNamespacedStack(
  options: NamespacedStackOptions,
): Promise<NamespacedStack> {
  const dir = await mkdtemp(path.join(tmpdir(), `${options.namespace}-`));
  const serves: ServeProcess[] = [];
  let fixture: EmulatorFixture | undefined;
  let data: NamespacedData | undefined;

  // Every step is attempted, in order, whatever an earlier one threw; the first error is rethrown after.
  const stop = async (): Promise<void> => {
    const steps = [
      ...serves.map((serve) => () => serve.stop()),
      () => data?.remove(),
      () => fixture?.stop(),
      () => rm(dir, { recursive: true, force: true }),
    ];
    const errors: unknown[] = [];
    for (const step of steps) await Promise.resolve(step()).catch((error) => errors.push(error));
    if (errors.length > 0) throw errors[0];
  };

  try {
    fixture = await startEmulatorFixture({ prebuiltPackage: 'empty', ...options.emulator });
    data = await loadNamespacedData(fixture.es, options.namespace, options.data);
    const ruleFile = path.join(dir, 'rule.toml');
    await writeNarrowedRule(ruleFile, options.namespace, options.rule);
    const { emulator } = fixture;
    const serve = async (space: string, extraArgs: readonly string[] = []) => {
      // API only unless the caller brings a panel: with the package's default panel directory, serve would first
      // build the panel there.
      const panel = extraArgs.includes('--ui-dir') ? [] : ['--ui-dir', path.join(dir, 'no-panel')];
      const started = await startServeProcess([
        '--port',
        '0',
        '--elasticsearch-url',
        process.env.ELASTICSEARCH_URL ?? '',
        '--kibana-url',
        emulator.url,
        '--space',
        space,
        '--rule',
        ruleFile,
        ...panel,
        ...extraArgs,
      ]);
      serves.push(started);
      return started;
    };
    return { ...fixture, data, ruleFile, dir, serve, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
