// A Logger writing timestamped lines to a stream (stderr for the CLI and the standalone host).
import type { Logger } from './logger';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LEVELS)[number];

export function streamLogger(stream: NodeJS.WritableStream, minimum: LogLevel = 'info'): Logger {
  const threshold = LEVELS.indexOf(minimum);
  const write = (level: LogLevel) => (message: string) => {
    if (LEVELS.indexOf(level) < threshold) return;
    stream.write(`[${new Date().toISOString()}] ${level.toUpperCase().padEnd(5)} ${message}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
