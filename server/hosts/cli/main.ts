// The `ssm-recon-rule` command line: dispatches to one command and turns errors into one line and an exit code.
import type { CliIo } from './command';
import { EXIT_OK, EXIT_USAGE, UsageError } from './command';
import { closestName } from './closest_name';
import { commands } from './commands';

const PROGRAM = 'ssm-recon-rule';

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...lines,
    '',
    `Run '${PROGRAM} <command> --help' for a command's options.`,
    '',
  ].join('\n');
}

/** A message made of the caller's own arguments stays one line: control characters are shown escaped. */
function oneLine(text: string): string {
  return [...text]
    .map((c) => {
      const code = c.charCodeAt(0);
      return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : c;
    })
    .join('');
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(overview());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const suggestion = closestName(
      name,
      commands.map((c) => c.name),
    );
    io.stderr.write(
      suggestion
        ? `${PROGRAM}: unknown command '${name}'. Did you mean '${suggestion}'?\n`
        : `${PROGRAM}: unknown command '${name}' (run '${PROGRAM} --help')\n`,
    );
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${PROGRAM} ${name}: ${oneLine(error.message)}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
