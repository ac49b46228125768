// Turns Ajv errors into one readable line each: where (body/query/path + JSON pointer), what, and the offending value.
import type { ErrorObject } from 'ajv';

function valueAt(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  let current: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function shortJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function formatAjvErrors(
  location: string,
  errors: ErrorObject[] | null | undefined,
  data: unknown,
): string[] {
  const lines = (errors ?? [])
    // The branch summaries of anyOf/allOf repeat what the branch errors already say.
    .filter((e) => e.keyword !== 'anyOf' || (errors ?? []).length === 1)
    .map((e) => {
      const where = `${location}${e.instancePath}`;
      switch (e.keyword) {
        case 'required':
        case 'additionalProperties':
          return `${where} ${e.message ?? 'is invalid'}${
            e.keyword === 'additionalProperties' ? ` '${String(e.params.additionalProperty)}'` : ''
          }`;
        case 'enum':
          return `${where} must be one of ${shortJson(e.params.allowedValues)} (got ${shortJson(
            valueAt(data, e.instancePath),
          )})`;
        default:
          return `${where} ${e.message ?? 'is invalid'} (got ${shortJson(valueAt(data, e.instancePath))})`;
      }
    });
  return [...new Set(lines)];
}
