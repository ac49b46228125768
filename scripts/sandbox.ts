// `npm start`: the sandbox — the panel on the standalone host against the embedded search engine, the emulated
// Kibana Detection Engine and generated CloudTrail data. One line on stdout when ready; Ctrl-C stops it all.
import { isAbort } from '../test/stack/cli/abortable';
import { listenForStop } from '../test/stack/cli/stop_signals';
import { startSandbox } from './sandbox/start_sandbox';
import {
  parseSandboxArgs,
  SANDBOX_USAGE,
  SandboxUsageError,
  type SandboxOptions,
} from './sandbox/sandbox_options';

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** The one line a person reads: where to go and who to log in as. */
export function readyLine(url: string): string {
  return (
    `Sandbox ready at ${url} — log in as elastic (everything), analyst (read only) or ` +
    'nologs (may write rules, cannot read the logs); password changeme'
  );
}

async function main(argv: readonly string[]): Promise<number> {
  let options: SandboxOptions;
  try {
    options = parseSandboxArgs(argv, process.cwd());
  } catch (error) {
    if (!(error instanceof SandboxUsageError)) throw error;
    log(`${error.message}\n\n${SANDBOX_USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${SANDBOX_USAGE}\n`);
    return 0;
  }

  const stop = listenForStop(log, 'sandbox');
  const began = Date.now();
  try {
    const sandbox = await startSandbox(options, log, stop.signal);
    log(
      `[sandbox] ready in ${((Date.now() - began) / 1000).toFixed(1)} s ` +
        `(Elasticsearch ${sandbox.stack.elasticsearchUrl}, Kibana ${sandbox.stack.kibanaUrl}); ` +
        'Ctrl-C stops it',
    );
    process.stdout.write(`${readyLine(sandbox.url)}\n`);
    await stop.requested;
    await sandbox.stop();
    log('[sandbox] stopped; the data is kept for the next start');
    return 0;
  } catch (error) {
    if (isAbort(error, stop.signal)) {
      log('[sandbox] stopped before it was ready');
      return 0;
    }
    log(`[sandbox] failed: ${error instanceof Error ? error.message : String(error)}`);
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
