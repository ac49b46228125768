// `npm start`: the sandbox — the panel on the standalone host against the embedded search engine, the emulated
// Kibana Detection Engine and generated CloudTrail data. One line on stdout when ready; Ctrl-C stops it all.
import { runAsMain, type LongRunningEntry } from '../test/stack/cli/run_entry';
import { parseSandboxArgs, SANDBOX_USAGE, type SandboxOptions } from './sandbox/sandbox_options';
import { startSandbox, type RunningSandbox } from './sandbox/start_sandbox';

/** The one line a person reads: where to go and who to log in as. */
export function readyLine(url: string): string {
  return (
    `Sandbox ready at ${url} — log in as elastic (everything), analyst (reads, triages alerts), ` +
    'viewer (read only) or nologs (may write rules, cannot read the logs); password changeme'
  );
}

/** `npm start`: the sandbox; its ready line on stdout. */
export const SANDBOX_ENTRY: LongRunningEntry<SandboxOptions, RunningSandbox> = {
  label: 'sandbox',
  usage: SANDBOX_USAGE,
  parse: (argv) => parseSandboxArgs(argv, process.cwd()),
  start: startSandbox,
  readyDetail: (sandbox) =>
    ` (Elasticsearch ${sandbox.stack.elasticsearchUrl}, Kibana ${sandbox.stack.kibanaUrl})`,
  readyOutput: (sandbox) => [readyLine(sandbox.url)],
  stoppedNote: '; the data is kept for the next start',
};

if (require.main === module) runAsMain(SANDBOX_ENTRY);
