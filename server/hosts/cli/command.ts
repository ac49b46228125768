// The shape every CLI command implements, and the streams it writes to (injectable for tests).

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Exit codes shared by every command: 0 ok, 1 problems found, 2 usage or connection error. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export interface CliCommand {
  name: string;
  /** One line shown by `ssm-recon-rule --help`. */
  summary: string;
  /** Full help text shown by `ssm-recon-rule <name> --help`. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** A problem with how the command was called: reported as one line, exit code 2. */
export class UsageError extends Error {}
