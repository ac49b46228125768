// Turns io-ts validation errors into rule problems: the TOML key path and a sentence naming the problem.
import type * as t from 'io-ts';
import type { RuleProblem } from './rule_problem';

function keyPath(context: t.Context): string {
  let path = '';
  // The first entry is the root; every later entry's key is a key of the value before it.
  for (const entry of context.slice(1)) {
    if (entry.key === '') continue;
    path += /^\d+$/.test(entry.key) ? `[${entry.key}]` : path === '' ? entry.key : `.${entry.key}`;
  }
  return path;
}

function describe(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function reportErrors(errors: t.Errors): RuleProblem[] {
  const seen = new Set<string>();
  const problems: RuleProblem[] = [];
  for (const error of errors) {
    const path = keyPath(error.context);
    const last = error.context[error.context.length - 1];
    // "must …" sentences get the offending value appended; other messages are complete statements.
    const sentence = error.message ?? `must be ${last?.type.name ?? 'valid'}`;
    const message =
      error.value === undefined
        ? `is required (${last?.type.name ?? 'a value'})`
        : sentence.startsWith('must ')
          ? `${sentence} (got ${describe(error.value)})`
          : sentence;
    const line = `${path}\u0000${message}`;
    if (seen.has(line)) continue;
    seen.add(line);
    problems.push({ path, message });
  }
  return problems;
}
