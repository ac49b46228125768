// Checked option values of the `npm start` and `npm run stack` command lines; a bad one is a usage error that
// names the option and what it got.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ENGINE_KINDS, isEngineKind, type EngineKind } from '../engine/engine_kind';

/** A bad command line: reported with the usage text, exit code 2. */
export class OptionUsageError extends Error {}

/** `parseArgs` in strict mode without positionals; its own complaints become usage errors. */
export function parseOptions<const T extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: T,
) {
  try {
    return parseArgs({ args: [...argv], strict: true, allowPositionals: false, options }).values;
  } catch (error) {
    throw new OptionUsageError((error as Error).message);
  }
}

export function wholeNumber(
  name: string,
  text: string | undefined,
  fallback: number,
  min: number,
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min) {
    throw new OptionUsageError(`${name} must be a whole number >= ${min}, got "${text}"`);
  }
  return value;
}

export function positiveNumber(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) {
    throw new OptionUsageError(`${name} must be a positive number, got "${text}"`);
  }
  return value;
}

/** A JVM heap size such as 512m or 1g. */
export function heapSize(text: string | undefined): string | undefined {
  if (text !== undefined && !/^\d+[kmg]$/i.test(text)) {
    throw new OptionUsageError(`--heap must look like 512m or 1g, got "${text}"`);
  }
  return text;
}

export function nonEmpty(name: string, text: string | undefined, fallback: string): string {
  if (text === '') throw new OptionUsageError(`${name} must not be empty`);
  return text ?? fallback;
}

/** `--engine elasticsearch|opensearch`. */
export function engineKind(text: string | undefined, fallback: EngineKind): EngineKind {
  if (text === undefined) return fallback;
  if (!isEngineKind(text)) {
    throw new OptionUsageError(`--engine must be one of ${ENGINE_KINDS.join(', ')}, got "${text}"`);
  }
  return text;
}
